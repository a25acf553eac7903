using System;
using System.Collections.Generic;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>
    /// Which declarations of a new model a declaration rule must judge again after an edit, given the model the
    /// previous verdicts came from: every declaration of a changed file, every declaration whose ID now means
    /// something else, what such a declaration references (before or after the edit), and what reaches it through up
    /// to three references. That is exactly what <see cref="Rules.DeclarationRule"/> allows a verdict to read.
    /// </summary>
    internal static class AffectedDeclarations
    {
        /// <summary>How far back through references a change can reach a verdict (pathway → credential → skill → category).</summary>
        private const int ReachBack = 3;

        /// <summary>The declarations to judge again; null when every declaration must be judged (a kind-wide fact changed).</summary>
        public static HashSet<McredDeclaration>? Compute(McredModel before, McredModel after)
        {
            if (!after.HasSameKindWideFacts(before))
            {
                return null;
            }

            var oldFiles = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);
            foreach (var file in before.Files)
            {
                oldFiles[file.Path] = file;
            }

            var affected = new HashSet<McredDeclaration>();
            var candidates = new HashSet<(DeclarationKind, string)>();
            foreach (var file in after.Files)
            {
                if (oldFiles.TryGetValue(file.Path, out var old))
                {
                    oldFiles.Remove(file.Path);
                    if (ReferenceEquals(old, file))
                    {
                        continue;
                    }

                    AddKeys(old, candidates);
                }

                AddKeys(file, candidates);
                foreach (var syntax in file.Declarations)
                {
                    if (syntax.Id != null && after.Primary(syntax.Kind, syntax.Id) is McredDeclaration d && ReferenceEquals(d.Syntax, syntax))
                    {
                        affected.Add(d);
                    }
                }
            }

            foreach (var removed in oldFiles.Values)
            {
                AddKeys(removed, candidates);
            }

            var changed = new HashSet<(DeclarationKind, string)>();
            foreach (var (kind, id) in candidates)
            {
                var was = before.Primary(kind, id);
                var now = after.Primary(kind, id);
                if (!Same(was, now) || before.IsBroken(kind, id) != after.IsBroken(kind, id))
                {
                    changed.Add((kind, id));
                    AddForward(was, after, affected);
                    AddForward(now, after, affected);
                    if (now != null)
                    {
                        affected.Add(now);
                    }
                }
            }

            AddReachingBack(changed, after, affected);
            return affected;
        }

        private static void AddKeys(SyntaxFile file, HashSet<(DeclarationKind, string)> keys)
        {
            foreach (var syntax in file.Declarations)
            {
                if (syntax.Id != null)
                {
                    keys.Add((syntax.Kind, syntax.Id));
                }
            }
        }

        /// <summary>The same declaration in both models: the same syntax, or the same text in a file of the same path.</summary>
        private static bool Same(McredDeclaration? was, McredDeclaration? now)
        {
            if (was == null || now == null)
            {
                return was == now;
            }

            if (ReferenceEquals(was.Syntax, now.Syntax))
            {
                return true;
            }

            return was.File.Path == now.File.Path
                && was.Syntax.Span.Length == now.Syntax.Span.Length
                && was.File.Text.ToString(was.Syntax.Span) == now.File.Text.ToString(now.Syntax.Span);
        }

        /// <summary>Adds what <paramref name="declaration"/> references, as declarations of the new model.</summary>
        private static void AddForward(McredDeclaration? declaration, McredModel after, HashSet<McredDeclaration> affected)
        {
            if (declaration == null)
            {
                return;
            }

            foreach (var (kind, id) in declaration.Syntax.ReferenceKeys)
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
                        foreach (var key in declaration.Syntax.ReferenceKeys)
                        {
                            if (frontier.Contains(key))
                            {
                                affected.Add(declaration);
                                if (reached.Add((declaration.Kind, declaration.Id)))
                                {
                                    next.Add((declaration.Kind, declaration.Id));
                                }

                                break;
                            }
                        }
                    }
                }

                frontier = next;
            }
        }

        private const int KindCount = 8;

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
