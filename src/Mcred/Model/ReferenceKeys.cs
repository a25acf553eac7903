using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>
    /// What a declaration's reference properties name, found once per syntax node: the syntax of an unchanged file
    /// outlives many checks of an editor session. Kept beside the tree, not on it, so syntax stays plain data; the
    /// table holds nothing a collected tree needs, and its values are a pure function of the node.
    /// </summary>
    internal static class ReferenceKeys
    {
        private static readonly ConditionalWeakTable<DeclarationSyntax, (DeclarationKind Kind, string Id)[]> Known =
            new ConditionalWeakTable<DeclarationSyntax, (DeclarationKind, string)[]>();

        private static readonly ConditionalWeakTable<DeclarationSyntax, (DeclarationKind, string)[]>.CreateValueCallback Compute = PropertySchema.ReferenceKeys;

        public static (DeclarationKind Kind, string Id)[] Of(DeclarationSyntax syntax) => Known.GetValue(syntax, Compute);

        /// <summary>True when a reference property of the declaration names one of <paramref name="keys"/>.</summary>
        public static bool NamesAny(DeclarationSyntax syntax, HashSet<(DeclarationKind, string)> keys)
        {
            foreach (var key in Of(syntax))
            {
                if (keys.Contains(key))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
