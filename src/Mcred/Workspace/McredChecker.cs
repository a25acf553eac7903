using System.Collections.Generic;
using Mcred.Binding;
using Mcred.Diagnostics;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>The one pipeline every shell uses: parse each file, bind the workspace, run the rules.</summary>
    public static class McredChecker
    {
        public static CheckResult Check(IEnumerable<McredSource> sources)
        {
            var ordered = new List<McredSource>(sources);
            ordered.Sort((a, b) => WorkspaceOrder.ComparePaths(a.Path, b.Path));

            var files = new List<SyntaxFile>(ordered.Count);
            var diagnostics = new List<McredDiagnostic>();
            foreach (var source in ordered)
            {
                var file = Parser.Parse(source.Path, source.Text);
                files.Add(file);
                foreach (var error in file.Errors)
                {
                    diagnostics.Add(new McredDiagnostic(
                        CompilerDiagnostics.SyntaxError,
                        McredSeverity.Error,
                        error.Message,
                        McredLocation.In(file.Path, file.Text, error.Span)));
                }
            }

            var (model, bindDiagnostics) = Binder.Bind(files);
            diagnostics.AddRange(bindDiagnostics);
            return new CheckResult(files, model, WorkspaceOrder.Sorted(diagnostics));
        }
    }
}
