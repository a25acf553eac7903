using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Tooling.Language
{
    /// <summary>
    /// Completion from where the cursor stands: at column 1, a snippet per declaration kind; at the start of a line in
    /// a body, the properties the kind takes (a single-valued one only while unused); after a property name, the IDs
    /// of the kind a reference property names (with their display names) or the values of an enum property.
    /// </summary>
    internal static class CompletionService
    {
        public static List<CompletionEntry> At(PlanSnapshot snapshot, string path, int offset)
        {
            var items = new List<CompletionEntry>();
            var file = snapshot.File(path);
            if (file == null)
            {
                return items;
            }

            var line = file.Text.Lines.GetLineFromPosition(Math.Min(offset, file.Text.Length));
            var before = file.Text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(line.Start, offset));
            var (kind, header) = BodyKindAt(file, line.LineNumber);
            if (kind == null)
            {
                if (before.Length == 0 || (before.All(CharFacts.IsWordChar) && !char.IsWhiteSpace(before[0])))
                {
                    items.AddRange(Snippets());
                }

                return items;
            }

            var words = before.TrimStart();
            var firstSpace = words.IndexOfAny(new[] { ' ', '\t' });
            if (firstSpace < 0)
            {
                items.AddRange(Properties(kind.Value, UsedProperties(file, header, line.LineNumber)));
            }
            else
            {
                var spec = PropertySchema.Find(kind.Value, words.Substring(0, firstSpace));
                if (spec?.Shape == ValueShape.Reference)
                {
                    items.AddRange(Ids(snapshot, spec.Target));
                }
                else if (spec?.Shape == ValueShape.Enum)
                {
                    items.AddRange(spec.EnumValues.Select(v => new CompletionEntry(v, CompletionKind.EnumMember, spec.Name, null, false, null)));
                }
            }

            return items;
        }

        /// <summary>
        /// The kind of the declaration whose body holds the line, read from the text (the file is usually broken while
        /// it is typed): the nearest line above that starts a declaration in column 1, unless a closing brace in column
        /// 1 ended it first.
        /// </summary>
        private static (DeclarationKind? Kind, int HeaderLine) BodyKindAt(SyntaxFile file, int lineNumber)
        {
            for (var i = lineNumber; i >= 0; i--)
            {
                var text = file.Text.ToString(file.Text.Lines[i].Span);
                if (text.StartsWith("}", StringComparison.Ordinal))
                {
                    return (null, i);
                }

                var word = LeadingWord(text);
                if (word.Length > 0 && Keywords.TryGetKind(word, 0, word.Length, out var kind))
                {
                    // On the header line itself the cursor is after the brace only if the line has one.
                    return (i < lineNumber || text.IndexOf('{') >= 0 ? kind : (DeclarationKind?)null, i);
                }
            }

            return (null, 0);
        }

        /// <summary>The first words of the body's lines other than the cursor's (from the text, so a broken body counts too).</summary>
        private static HashSet<string> UsedProperties(SyntaxFile file, int headerLine, int cursorLine)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var i = headerLine + 1; i < file.Text.Lines.Count; i++)
            {
                var text = file.Text.ToString(file.Text.Lines[i].Span);
                if (text.Length > 0 && !char.IsWhiteSpace(text[0]))
                {
                    break;
                }

                var word = LeadingWord(text.TrimStart());
                if (i != cursorLine && word.Length > 0)
                {
                    used.Add(word);
                }
            }

            return used;
        }

        /// <summary>The word a line starts with (empty when it starts with anything else).</summary>
        private static string LeadingWord(string text)
        {
            var end = 0;
            while (end < text.Length && CharFacts.IsWordChar(text[end]))
            {
                end++;
            }

            return text.Substring(0, end);
        }

        private static IEnumerable<CompletionEntry> Properties(DeclarationKind kind, HashSet<string> used)
        {
            var order = 0;
            foreach (var spec in PropertySchema.For(kind))
            {
                order++;
                if (!spec.IsMultiValued && used.Contains(spec.Name))
                {
                    continue;
                }

                yield return new CompletionEntry(spec.Name, CompletionKind.Property, PropertyHelp.Describe(kind, spec.Name), spec.Name + " ", false, order.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private static IEnumerable<CompletionEntry> Ids(PlanSnapshot snapshot, DeclarationKind kind)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declaration in snapshot.Result.Model.Declarations)
            {
                if (declaration.Kind == kind && seen.Add(declaration.Id))
                {
                    yield return new CompletionEntry(declaration.Id, CompletionKind.Reference, declaration.Name, null, false, null);
                }
            }
        }

        private static IEnumerable<CompletionEntry> Snippets()
        {
            foreach (var pair in DeclarationSnippetTexts())
            {
                yield return new CompletionEntry(pair.Key, CompletionKind.Snippet, "new " + pair.Key + " declaration", pair.Value, true, null);
            }
        }

        /// <summary>Each declaration kind's snippet text (LSP and VS Code snippet syntax), in the order of the language reference.</summary>
        internal static Dictionary<string, string> DeclarationSnippetTexts()
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (kind, body) in DeclarationSnippets)
            {
                texts[kind] = kind + " ${1:id} \"${2:Name}\" {\n" + body + "}\n";
            }

            return texts;
        }

        /// <summary>The same snippets the VS Code extension ships (src/vscode-mcred/snippets): the properties most plans need first.</summary>
        private static readonly (string Kind, string Body)[] DeclarationSnippets =
        {
            ("issuer", "  value \"${3:what learners get from this issuer}\"\n  url \"${4:https://}\"\n"),
            ("persona", "  description \"${3:who they are, specifically}\"\n  goal \"${4:the career goal they pursue}\"\n"),
            ("recognizer", "  kind ${3|employer,association,institution,licensing-body,community|}\n  outcome \"${4:what the credential unlocks}\"\n"),
            ("category", "  type ${3|soft,technical,certification|}\n"),
            ("skill", "  category ${3:category-id}\n  why \"${4:why this skill matters, in a tweet}\"\n  half-life ${5:3y}\n  reviewed ${6:2026-01-15}\n"),
            ("credential", "  issuer ${3:issuer-id}\n  for ${4:persona-id}\n  recognized-by ${5:recognizer-id}\n  skills ${6:skill-id}\n"),
            ("pathway", "  for ${3:persona-id}\n  steps ${4:credential-id}\n"),
            ("occupation", "  aligns esco \"${3:http://data.europa.eu/esco/occupation/}\"\n  essential ${4:skill-id}\n"),
        };
    }
}
