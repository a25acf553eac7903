using System;

namespace Mcred.Workspace
{
    /// <summary>Input that cannot be checked at all (a missing path, an unreadable file, invalid UTF-8): the shells report it in one line.</summary>
    public sealed class McredInputException : Exception
    {
        internal McredInputException(string path, string reason)
            : this(path, reason, path + ": " + reason)
        {
        }

        private McredInputException(string path, string reason, string message)
            : base(message)
        {
            Path = path;
            Reason = reason;
        }

        /// <summary>
        /// A path that holds no .mcred file at all: a pipeline pointed at the wrong folder must not pass with nothing
        /// checked. Its message names the path as the user gave it: "no .mcred files under PATH".
        /// </summary>
        public static McredInputException NoFiles(string path) => new McredInputException(path, "no .mcred files under " + path, "no .mcred files under " + path) { IsNoFiles = true };

        /// <summary>True for <see cref="NoFiles"/>: the message is the whole line, with no path in front.</summary>
        public bool IsNoFiles { get; private set; }

        /// <summary>The path as the user gave it, or the full path of a file found under it.</summary>
        public string Path { get; }

        public string Reason { get; }
    }
}
