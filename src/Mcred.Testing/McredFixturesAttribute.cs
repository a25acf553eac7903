using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using Mcred.Workspace;
using Xunit.Sdk;

namespace Mcred.Testing
{
    /// <summary>
    /// One theory case per <c>.mcred</c> fixture found recursively under a folder, in path order. A relative folder is
    /// looked up first beside the test's source file (and in the folders above it, up to the project), so a failure
    /// names the fixture you edit, not its copy under bin/, and an edit takes effect without a rebuild; when the
    /// sources are not there (a test assembly run elsewhere), the copy in the test assembly's output folder is used.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class McredFixturesAttribute : DataAttribute
    {
        /// <param name="folder">The fixtures folder: relative (to the test's source folder, else its output folder) or absolute.</param>
        /// <param name="sourceFile">Filled in by the compiler: the source file that applies the attribute.</param>
        public McredFixturesAttribute(string folder, [CallerFilePath] string sourceFile = "")
        {
            Folder = folder;
            SourceFile = sourceFile;
        }

        public string Folder { get; }

        /// <summary>The source file that applies the attribute (compile-time path).</summary>
        public string SourceFile { get; }

        public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
            Discover(Folder, SourceFolder(Folder, SourceFile) ?? Path.GetDirectoryName(testMethod.DeclaringType!.Assembly.Location) ?? AppContext.BaseDirectory);

        /// <summary>The folder at or above the source file that holds <paramref name="folder"/>, up to the project (a .csproj); null when none.</summary>
        internal static string? SourceFolder(string folder, string sourceFile)
        {
            if (Path.IsPathRooted(folder) || string.IsNullOrEmpty(sourceFile) || !File.Exists(sourceFile))
            {
                return null;
            }

            for (var dir = Path.GetDirectoryName(sourceFile); dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (Directory.Exists(Path.Combine(dir, folder)))
                {
                    return dir;
                }

                if (Directory.GetFiles(dir, "*.csproj").Length > 0)
                {
                    return null;
                }
            }

            return null;
        }

        internal static IEnumerable<object[]> Discover(string folder, string baseDirectory)
        {
            var root = Path.GetFullPath(Path.Combine(baseDirectory, folder));
            if (!Directory.Exists(root))
            {
                throw new ArgumentException($"McredFixtures: folder '{folder}' not found at {root}. Copy the fixtures to the output folder (CopyToOutputDirectory) or give an absolute path.");
            }

            var cases = new List<object[]>();
            foreach (var file in WorkspaceFiles.Find(new[] { root }, root))
            {
                cases.Add(new object[] { new McredFixture(file, Path.GetRelativePath(root, file).Replace('\\', '/')) });
            }

            return cases;
        }
    }
}
