using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Mcred.Workspace;
using Xunit.Sdk;

namespace Mcred.Testing
{
    /// <summary>
    /// One theory case per <c>.mcred</c> fixture found recursively under a folder (relative to the test assembly's
    /// output folder, or absolute), in path order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class McredFixturesAttribute : DataAttribute
    {
        public McredFixturesAttribute(string folder)
        {
            Folder = folder;
        }

        public string Folder { get; }

        public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
            Discover(Folder, Path.GetDirectoryName(testMethod.DeclaringType!.Assembly.Location) ?? AppContext.BaseDirectory);

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
