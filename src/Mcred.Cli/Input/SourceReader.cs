using System.Text;

namespace Mcred.Cli.Input
{
    /// <summary>Decodes a .mcred file as UTF-8 (BOM optional); anything else is a one-line error naming the file.</summary>
    internal static class SourceReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
