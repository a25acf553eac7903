using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Mcred.Analyzers.Tests
{
    /// <summary>The analyzer test with no C# source and no reference assemblies to download: .mcred files are all it reads.</summary>
    internal sealed class McredAnalyzerTest : CSharpAnalyzerTest<McredAnalyzer, DefaultVerifier>
    {
        public McredAnalyzerTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20;
            TestCode = string.Empty;
        }
    }
}
