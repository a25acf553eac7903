namespace Mcred.Tooling.Web
{
    /// <summary>What a path in the browser's workspace may be: relative, '/'-separated, never climbing out of it.</summary>
    internal static class WorkspacePath
    {
        public const int MaxLength = 400;

        /// <summary>Why the path cannot name a workspace file, or null when it can.</summary>
        public static string? Problem(string path)
        {
            if (path.Length == 0)
            {
                return "a file needs a name";
            }

            if (path.Length > MaxLength)
            {
                return $"a path may be at most {MaxLength} characters long";
            }

            if (path[0] == '/' || path.IndexOf('\\') >= 0)
            {
                return $"'{SafeText.Escape(path, keepLineBreaks: false)}' is not a relative path with '/' between folders";
            }

            foreach (var segment in path.Split('/'))
            {
                if (segment.Length == 0 || segment == "." || segment == "..")
                {
                    return $"'{SafeText.Escape(path, keepLineBreaks: false)}' has an empty, '.' or '..' part: name folders and the file plainly";
                }
            }

            foreach (var c in path)
            {
                if (char.IsControl(c))
                {
                    return "a path may not hold control characters";
                }
            }

            return null;
        }
    }
}
