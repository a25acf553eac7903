using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using StreamJsonRpc;
using Xunit;
using Range = Mcred.LanguageServer.Protocol.Range;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>Navigation, hover, rename, completion, symbols, folding, formatting and code actions, through a real client.</summary>
    public class FeatureTests
    {
        [Fact]
        public async Task Hover_on_a_skill_reference_shows_its_types_why_half_life_and_expiry()
        {
            await using var session = await ServerSession.Start();
            var (line, character) = session.Find("credentials.mcred", "sql-querying", 2);
            var hover = await session.Client.Request<Hover>("textDocument/hover", LspClient.Doc(session.PathOf("credentials.mcred"), line, character));
            Assert.Contains("**skill** `sql-querying` — SQL querying", hover.Contents.Value);
            Assert.Contains("technical", hover.Contents.Value);
            Assert.Contains("Every analytics stack stores its data in tables", hover.Contents.Value);
            Assert.Contains("5y, expires 2031-03-01", hover.Contents.Value);
            Assert.Equal(new Range(new Position(line, character - 2), new Position(line, character - 2 + "sql-querying".Length)), hover.Range);
        }

        [Fact]
        public async Task Hover_on_a_skill_aligned_to_lightcast_links_its_skill_page()
        {
            const string Library = "category it \"IT\" {\n  type technical\n}\n\n# mcred-disable-next-line MCR1016\nskill lc-sql \"SQL\" {\n  category it\n  why \"Analysts answer questions from tables without waiting for anyone.\"\n  aligns lightcast \"KSMADEUP000000000001\"\n}\n";
            await using var session = await ServerSession.Start(folder => System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "lightcast.mcred"), Library));
            var (line, character) = session.Find("lightcast.mcred", "lc-sql", 2);
            var hover = await session.Client.Request<Hover>("textDocument/hover", LspClient.Doc(session.PathOf("lightcast.mcred"), line, character));
            Assert.Contains("*Lightcast Open Skills:* [KSMADEUP000000000001](https://lightcast.io/open-skills/skills/KSMADEUP000000000001)", hover.Contents.Value);
        }

        [Fact]
        public async Task Hover_on_a_property_name_explains_the_property()
        {
            await using var session = await ServerSession.Start();
            var (line, character) = session.Find("skills.mcred", "half-life 5y", 1);
            var hover = await session.Client.Request<Hover>("textDocument/hover", LspClient.Doc(session.PathOf("skills.mcred"), line, character));
            Assert.StartsWith("**half-life** (skill): How long the skill stays current", hover.Contents.Value);
            Assert.Contains("0..1", hover.Contents.Value);
        }

        [Fact]
        public async Task Definition_and_references_cross_files()
        {
            await using var session = await ServerSession.Start();
            var credentials = session.PathOf("credentials.mcred");
            var (line, character) = session.Find("credentials.mcred", "northwind", 3);
            var definition = await session.Client.Request<List<Location>>("textDocument/definition", LspClient.Doc(credentials, line, character));
            var target = Assert.Single(definition);
            Assert.Equal(LspClient.Uri(session.PathOf("people.mcred")), target.Uri);
            Assert.Equal(session.Find("people.mcred", "northwind"), (target.Range.Start.Line, target.Range.Start.Character));

            var (skillLine, skillCharacter) = session.Find("skills.mcred", "skill data-storytelling", 8);
            var references = await session.Client.Request<List<Location>>("textDocument/references",
                new { textDocument = new { uri = LspClient.Uri(session.PathOf("skills.mcred")) }, position = new { line = skillLine, character = skillCharacter }, context = new { includeDeclaration = true } });
            Assert.Equal(
                new[] { "credentials.mcred", "skills.mcred" },
                references.Select(r => System.IO.Path.GetFileName(new System.Uri(r.Uri).LocalPath)).OrderBy(n => n));
        }

        [Fact]
        public async Task Rename_changes_the_declaration_and_every_reference_and_refuses_an_existing_id()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            var (line, character) = session.Find("skills.mcred", "skill sql-querying", 7);
            var prepared = await session.Client.Request<PrepareRenameResult>("textDocument/prepareRename", LspClient.Doc(skills, line, character));
            Assert.Equal("sql-querying", prepared.Placeholder);

            var edit = await session.Client.Request<WorkspaceEdit>("textDocument/rename",
                new { textDocument = new { uri = LspClient.Uri(skills) }, position = new { line, character }, newName = "sql" });
            Assert.Equal(2, edit.Changes.Count);
            Assert.All(edit.Changes.Values.SelectMany(e => e), e => Assert.Equal("sql", e.NewText));
            Assert.Single(edit.Changes[LspClient.Uri(session.PathOf("credentials.mcred"))]);

            var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.Client.Request<WorkspaceEdit>("textDocument/rename",
                new { textDocument = new { uri = LspClient.Uri(skills) }, position = new { line, character }, newName = "dashboard-design" }));
            Assert.Equal(LspConstants.RequestFailed, refused.ErrorCode);
            Assert.Contains("a skill 'dashboard-design' already exists", refused.Message);
        }

        [Fact]
        public async Task Completion_offers_what_fits_where_the_cursor_is()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("credentials.mcred");
            var text = session.Text("credentials.mcred").Replace("  description \"Entry", "  \n  description \"Entry").Replace("  for career-switcher\n", "  for \n");
            await session.Client.Open(path, text);

            var (blankLine, _) = ServerSession.Find(text, "  \n  description", 0, "credentials");
            var properties = await session.Client.Request<CompletionList>("textDocument/completion", LspClient.Doc(path, blankLine, 2));
            var names = properties.Items.Select(i => i.Label).ToList();
            Assert.Contains("skills", names);
            Assert.Contains("for", names);
            Assert.DoesNotContain("issuer", names);
            Assert.DoesNotContain("description", names);

            var (forLine, forCharacter) = ServerSession.Find(text, "for \n", 4, "credentials");
            var personas = await session.Client.Request<CompletionList>("textDocument/completion", LspClient.Doc(path, forLine, forCharacter));
            var persona = Assert.Single(personas.Items);
            Assert.Equal(("career-switcher", "Career switcher"), (persona.Label, persona.Detail));

            var atColumnOne = await session.Client.Request<CompletionList>("textDocument/completion", LspClient.Doc(path, 100, 0));
            Assert.Equal(new[] { "issuer", "persona", "recognizer", "category", "skill", "credential", "pathway", "occupation" }, atColumnOne.Items.Select(i => i.Label));
            Assert.All(atColumnOne.Items, i => Assert.Equal(2, i.InsertTextFormat));

            var people = session.PathOf("people.mcred");
            var (kindLine, kindCharacter) = session.Find("people.mcred", "kind employer", 5);
            var kinds = await session.Client.Request<CompletionList>("textDocument/completion", LspClient.Doc(people, kindLine, kindCharacter));
            Assert.Equal(new[] { "employer", "association", "institution", "licensing-body", "community" }, kinds.Items.Select(i => i.Label));
        }

        [Fact]
        public async Task Symbols_folding_and_formatting()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            var symbols = await session.Client.Request<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(skills) } });
            Assert.Equal(new[] { "analytics-tools", "workplace-skills", "sql-querying", "dashboard-design", "data-storytelling", "stakeholder-questions" }, symbols.Select(s => s.Name).Take(6));
            Assert.Equal(new[] { "category", "why", "half-life", "reviewed", "tool", "aligns" }, symbols[2].Children!.Select(c => c.Name));

            var found = await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "STORY" });
            Assert.Equal("data-storytelling", Assert.Single(found).Name);

            var folds = await session.Client.Request<List<FoldingRange>>("textDocument/foldingRange", new { textDocument = new { uri = LspClient.Uri(skills) } });
            Assert.Contains(folds, f => f.Kind == "region" && f.StartLine == session.Find("skills.mcred", "skill sql-querying").Line);

            var clean = await session.Client.Request<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(skills) }, options = new { tabSize = 2, insertSpaces = true } });
            Assert.Empty(clean);

            var messy = session.Text("skills.mcred").Replace("  type technical", "      type    technical");
            await session.Client.Open(skills, messy);
            var edits = await session.Client.Request<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(skills) } });
            Assert.Equal(session.Text("skills.mcred"), Assert.Single(edits).NewText);

            await session.Client.Change(skills, 2, null, messy + "\nskill broken {\n");
            var none = await session.Client.Request<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(skills) } });
            Assert.Empty(none);
        }

        [Fact]
        public async Task Code_actions_offer_the_fixes_diagnostics_carry()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("credentials.mcred");
            var text = session.Text("credentials.mcred").Replace("dashboard-design", "dashbord-design");
            await session.Client.Open(path, text);
            var published = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            var diagnostic = published.Diagnostics.Single(d => d.Code == "MCR0002");
            var actions = await session.Client.Request<List<CodeAction>>("textDocument/codeAction",
                new { textDocument = new { uri = LspClient.Uri(path) }, range = diagnostic.Range, context = new { diagnostics = new[] { diagnostic } } });
            var change = Assert.Single(actions);
            Assert.Equal("Change to 'dashboard-design'", change.Title);
            var edit = Assert.Single(change.Edit.Changes[LspClient.Uri(path)]);
            Assert.Equal(("dashboard-design", diagnostic.Range), (edit.NewText, edit.Range));

            var people = session.PathOf("people.mcred");
            var (line, _) = session.Find("people.mcred", "recognizer contoso-retail");
            await session.Client.Open(people, session.Text("people.mcred").Replace("  endorses data-analytics\n", string.Empty));
            var unused = await session.Client.WaitForDiagnostics(people, p => p.Diagnostics.Any(d => d.Code == "MCR1016"));
            var warning = unused.Diagnostics.First(d => d.Code == "MCR1016");
            var suppress = await session.Client.Request<List<CodeAction>>("textDocument/codeAction",
                new { textDocument = new { uri = LspClient.Uri(people) }, range = warning.Range, context = new { diagnostics = new[] { warning } } });
            var comment = Assert.Single(suppress, a => a.Title == "Suppress MCR1016 on this line");
            var insert = Assert.Single(comment.Edit.Changes[LspClient.Uri(people)]);
            Assert.Equal("# mcred-disable-next-line MCR1016 -- reason\n", insert.NewText);
            Assert.Equal(new Range(new Position(warning.Range.Start.Line, 0), new Position(warning.Range.Start.Line, 0)), insert.Range);
        }

        [Fact]
        public async Task Semantic_tokens_colour_what_the_parser_reads_also_past_a_syntax_error()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            var text = session.Text("skills.mcred") + "\nskill broken {\n  why \"unfinished\" ,,\n}\n# after the error\nskill later \"Later\" {\n  half-life 2y\n}\n";
            await session.Client.Open(skills, text);
            var tokens = await session.Client.Request<SemanticTokens>("textDocument/semanticTokens/full", new { textDocument = new { uri = LspClient.Uri(skills) } });
            var legend = new[] { "keyword", "class", "property", "variable", "enumMember", "string", "number", "comment" };
            var lines = text.Split('\n');
            var decoded = new List<(string Text, string Type)>();
            int line = 0, start = 0;
            for (var i = 0; i < tokens.Data.Count; i += 5)
            {
                line += tokens.Data[i];
                start = tokens.Data[i] == 0 ? start + tokens.Data[i + 1] : tokens.Data[i + 1];
                decoded.Add((lines[line].Substring(start, tokens.Data[i + 2]), legend[tokens.Data[i + 3]]));
            }

            Assert.Equal(("# Skills of the Data Analytics credential: technical ones, and the soft skills that make them count.", "comment"), decoded[0]);
            var sql = decoded.FindIndex(t => t == ("sql-querying", "class"));
            Assert.Equal(("skill", "keyword"), decoded[sql - 1]);
            Assert.Equal(new[] { ("category", "property"), ("analytics-tools", "variable"), ("why", "property") }, decoded.Skip(sql + 2).Take(3));
            Assert.Contains(("5y", "number"), decoded);
            Assert.Contains(("technical", "enumMember"), decoded);
            Assert.Contains(("esco", "enumMember"), decoded);
            Assert.Contains(("\"unfinished\"", "string"), decoded);
            Assert.Contains(("# after the error", "comment"), decoded);
            Assert.Equal(new[] { ("skill", "keyword"), ("later", "class"), ("\"Later\"", "string"), ("half-life", "property"), ("2y", "number") }, decoded.Skip(decoded.Count - 5));
        }
    }
}
