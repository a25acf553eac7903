using System;

namespace Mcred.Workspace
{
    /// <summary>Input that cannot be checked at all (a missing path, an unreadable file, invalid UTF-8): the shells report it in one line.</summary>
    public sealed class McredInputException : Exception
    {
        public McredInputException(string path, string reason)
            : base(path + ": " + reason)
        {
            Path = path;
            Reason = reason;
        }

        /// <summary>The path as the user gave it, or the full path of a file found under it.</summary>
        public string Path { get; }

        public string Reason { get; }
    }
}
