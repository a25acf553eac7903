using System.Collections.Generic;
using Mcred.Binding;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>
    /// Which declarations of a new model a declaration rule must judge again after an edit (as the binder saw it):
    /// every declaration of a changed file, every declaration whose ID now means something else, what such a
    /// declaration references (before or after the edit), and what reaches it through up to three references. That
    /// is exactly what <see cref="Rules.DeclarationRule"/> allows a verdict to read.
    /// </summary>
    internal static class AffectedDeclarations
    {
        /// <summary>How far back through references a change can reach a verdict (pathway → credential → skill → category).</summary>
        private const int ReachBack = 3;

        private const int KindCount = DeclarationTable.KindCount;

        /// <summary>The declarations to judge again (a rule that read a kind-wide fact the edit changed judges all: <see cref="RuleFindings"/>).</summary>
        public static HashSet<McredDeclaration> Compute(McredModel before, McredModel after, BindDelta delta)
        {
            var affected = new HashSet<McredDeclaration>();
            foreach (var file in after.Files)
            {
                if (!delta.ChangedFiles.Contains(file.Path))
                {
                    continue;
                }

                foreach (var syntax in file.Declarations)
                {
                    if (syntax.Id != null && after.Primary(syntax.Kind, syntax.Id) is McredDeclaration d && ReferenceEquals(d.Syntax, syntax))
                    {
                        affected.Add(d);
                    }

                    // What any declaration of the new text names may have become used (a duplicate's references count too).
                    AddForward(ReferenceKeys.Of(syntax), after, affected);
                }
            }

            foreach (var (kind, id) in delta.ChangedIds)
            {
                if (after.Primary(kind, id) is McredDeclaration now)
                {
                    affected.Add(now);
                    AddForward(ReferenceKeys.Of(now.Syntax), after, affected);
                }
            }

            AddForward(delta.ReferencedBefore, after, affected);
            AddReachingBack(delta.ChangedIds, after, affected);
            return affected;
        }

        /// <summary>Adds the declarations of the new model that <paramref name="references"/> name.</summary>
        private static void AddForward(IEnumerable<(DeclarationKind, string)> references, McredModel after, HashSet<McredDeclaration> affected)
        {
            foreach (var (kind, id) in references)
            {
                if (after.Primary(kind, id) is McredDeclaration target)
                {
                    affected.Add(target);
                }
            }
        }

        /// <summary>Adds every declaration that reaches a changed ID through up to <see cref="ReachBack"/> references.</summary>
        private static void AddReachingBack(HashSet<(DeclarationKind, string)> changed, McredModel after, HashSet<McredDeclaration> affected)
        {
            var frontier = changed;
            var reached = new HashSet<(DeclarationKind, string)>(changed);
            for (var step = 0; step < ReachBack && frontier.Count > 0; step++)
            {
                var next = new HashSet<(DeclarationKind, string)>();
                for (var k = 0; k < KindCount; k++)
                {
                    // Only kinds with a property that names a kind in the frontier can reach it.
                    var kind = (DeclarationKind)k;
                    if (!CanReach(kind, frontier))
                    {
                        continue;
                    }

                    foreach (var declaration in after.OfKind(kind))
                    {
                        if (ReferenceKeys.NamesAny(declaration.Syntax, frontier))
                        {
                            affected.Add(declaration);
                            if (reached.Add((declaration.Kind, declaration.Id)))
                            {
                                next.Add((declaration.Kind, declaration.Id));
                            }
                        }
                    }
                }

                frontier = next;
            }
        }

        private static bool CanReach(DeclarationKind kind, HashSet<(DeclarationKind Kind, string)> frontier)
        {
            var seen = new bool[KindCount];
            foreach (var key in frontier)
            {
                if (!seen[(int)key.Kind])
                {
                    seen[(int)key.Kind] = true;
                    if (PropertySchema.References(kind, key.Kind))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
