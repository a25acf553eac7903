using System.IO;
using System.Text;
using Mcred.Workspace;

namespace Mcred.Cli.Input
{
    /// <summary>Reads a .mcred file as UTF-8 (BOM optional); anything else is a one-line error naming the file.</summary>
    internal static class SourceReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static McredSource Read(string fullPath, string displayPath)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                throw new CliException($"cannot read {displayPath}: {e.Message}");
            }

            return new McredSource(fullPath, Decode(bytes, displayPath));
        }

        public static string Decode(byte[] bytes, string displayPath)
        {
            var offset = HasBom(bytes) ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException e)
            {
                throw new CliException($"{displayPath}: not valid UTF-8 (byte offset {offset + System.Math.Max(0, e.Index)}); save the file as UTF-8");
            }
        }

        public static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    }
}
