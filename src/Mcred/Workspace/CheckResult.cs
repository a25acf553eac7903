using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>A checked workspace: its parsed files, its model and every diagnostic, in output order.</summary>
    public sealed class CheckResult
    {
        internal CheckResult(IReadOnlyList<SyntaxFile> files, McredModel model, IReadOnlyList<McredDiagnostic> diagnostics, Configuration.McredConfiguration configuration)
        {
            Configuration = configuration;
            Files = files;
            Model = model;
            Diagnostics = diagnostics;
        }

        /// <summary>Files in workspace order.</summary>
        public IReadOnlyList<SyntaxFile> Files { get; }

        public McredModel Model { get; }

        /// <summary>The configuration the check ran with (options per file).</summary>
        internal Configuration.McredConfiguration Configuration { get; }

        /// <summary>The rules' verdicts per declaration, which the next check after an edit may keep.</summary>
        internal RuleFindings? Findings { get; set; }

        /// <summary>The binding behind <see cref="Model"/>, whose binder the next check after an edit continues from.</summary>
        internal Binding.BindResult? Binding { get; set; }

        /// <summary>Reported diagnostics (severity none dropped), sorted by path, line, column and ID.</summary>
        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }
    }
}
