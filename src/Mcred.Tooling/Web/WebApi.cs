using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using Mcred.Diagnostics;
using Mcred.Syntax;
using Mcred.Tooling.Export;
using Mcred.Tooling.Findings;
using Mcred.Tooling.Language;
using Mcred.Tooling.Report;
using Mcred.Tooling.Templates;
using Mcred.Workspace;

namespace Mcred.Tooling.Web
{
    /// <summary>
    /// What the browser edition's worker calls, as JSON text in and out: every answer is an object, and a refusal is
    /// <c>{"error": "one line"}</c>, so the page shows a message and keeps the workspace. Offsets are UTF-16 code units
    /// into the file's text, as the editor counts them. Nothing here checks, formats or renders: it converts.
    /// </summary>
    internal sealed class WebApi
    {
        private readonly WebWorkspace workspace;

        public WebApi(DateTime today) => workspace = new WebWorkspace(today);

        public WebWorkspace Workspace => workspace;

        /// <summary><c>{"files":[{"path":"a.mcred","text":"..."}]}</c> replaces the workspace.</summary>
        public string Open(string filesJson) => Answer(() =>
        {
            var files = new List<KeyValuePair<string, string>>();
            using (var document = JsonDocument.Parse(filesJson))
            {
                foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
                {
                    var path = file.GetProperty("path").GetString() ?? string.Empty;
                    WebWorkspace.Full(path);
                    files.Add(new KeyValuePair<string, string>(path, file.GetProperty("text").GetString() ?? string.Empty));
                }
            }

            workspace.Replace(files);
            return Ok();
        });

        public string Put(string path, string text) => Answer(() =>
        {
            workspace.Put(path, text);
            return Ok();
        });

        public string Remove(string path) => Answer(() =>
        {
            workspace.Remove(path);
            return Ok();
        });

        /// <summary>Renames a file (not the IDs in it); refused when the new path is taken.</summary>
        public string Move(string from, string to) => Answer(() =>
        {
            var text = workspace.Text(from) ?? throw new ToolingException($"there is no file {from}");
            if (from != to && workspace.Text(to) != null)
            {
                throw new ToolingException($"{to} already exists: pick another name");
            }

            workspace.Remove(from);
            workspace.Put(to, text);
            return Ok();
        });

        /// <summary>The date rules measure against, <c>YYYY-MM-DD</c> (a plan's <c>mcred_today</c> still wins, as on the command line).</summary>
        public string SetToday(string iso) => Answer(() =>
        {
            if (!DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new ToolingException($"today must be a date as YYYY-MM-DD, not '{SafeText.Escape(iso)}'");
            }

            workspace.Today = day;
            return Ok();
        });

        /// <summary>The check status line, why nothing was checked (if so) and the findings document.</summary>
        public string Check() => Answer(() =>
        {
            var result = workspace.Current.Result;
            var findings = Findings();
            return Json(json =>
            {
                json.WriteString("status", FindingCount.Of(result.Diagnostics).Summary(result.Files.Count));
                json.WriteString("problem", workspace.Problem);
                json.WritePropertyName("findings");
                json.WriteRawValue(findings);
            });
        });

        /// <summary>Exactly what <c>mcred check --format json</c> prints for the same files, configuration and date.</summary>
        public string Findings()
        {
            var result = workspace.Current.Result;
            return FindingsJson.Write(result.Diagnostics, result.Files.Count, WebWorkspace.Relative);
        }

        /// <summary>One file's findings for the editor: spans, the Unnecessary tag, related places and quick fixes.</summary>
        public string Diagnostics(string path) => Answer(() =>
        {
            var snapshot = workspace.Current;
            var file = workspace.Plan(path);
            return Json(json =>
            {
                json.WriteStartArray("diagnostics");
                foreach (var d in snapshot.DiagnosticsFor(WebWorkspace.Full(path)).Where(d => d.Severity >= McredSeverity.Suggestion))
                {
                    json.WriteStartObject();
                    json.WriteNumber("from", d.Location.Span.Start);
                    json.WriteNumber("to", d.Location.Span.End);
                    json.WriteString("severity", d.Severity.ToText());
                    json.WriteString("id", d.Id);
                    json.WriteString("message", d.Message);
                    json.WriteString("helpUri", d.HelpUri);
                    json.WriteBoolean("unnecessary", d.Info.IsUnnecessary);
                    json.WriteStartArray("fixes");
                    foreach (var fix in file == null ? new List<QuickFix>() : EditService.For(snapshot, file, d))
                    {
                        json.WriteStartObject();
                        json.WriteString("title", fix.Title);
                        json.WriteBoolean("preferred", fix.IsPreferred);
                        Edits(json, fix.Edits);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });

        public string Hover(string path, int offset) => Answer(() =>
        {
            var hover = HoverService.At(workspace.Current, WebWorkspace.Full(path), offset);
            return Json(json =>
            {
                if (hover != null)
                {
                    json.WriteString("markdown", hover.Markdown);
                    json.WriteNumber("from", hover.Range.Span.Start);
                    json.WriteNumber("to", hover.Range.Span.End);
                }
            });
        });

        public string Complete(string path, int offset) => Answer(() =>
        {
            var entries = CompletionService.At(workspace.Current, WebWorkspace.Full(path), offset);
            return Json(json =>
            {
                json.WriteStartArray("items");
                foreach (var entry in entries)
                {
                    json.WriteStartObject();
                    json.WriteString("label", entry.Label);
                    json.WriteString("kind", entry.Kind.ToString().ToLowerInvariant());
                    json.WriteString("detail", entry.Detail);
                    json.WriteString("insert", entry.InsertText ?? entry.Label);
                    json.WriteBoolean("snippet", entry.IsSnippet);
                    json.WriteString("sort", entry.SortText ?? entry.Label);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });

        public string Definition(string path, int offset) =>
            Answer(() => Places(NavigationService.Definition(workspace.Current, WebWorkspace.Full(path), offset)));

        public string References(string path, int offset) =>
            Answer(() => Places(NavigationService.References(workspace.Current, WebWorkspace.Full(path), offset, includeDeclaration: true)));

        /// <summary>The ID a rename at the offset would change, or <c>{}</c> when there is none.</summary>
        public string PrepareRename(string path, int offset) => Answer(() =>
        {
            var target = NavigationService.PrepareRename(workspace.Current, WebWorkspace.Full(path), offset);
            return Json(json =>
            {
                if (target is var (range, id))
                {
                    json.WriteString("id", id);
                    json.WriteNumber("from", range.Span.Start);
                    json.WriteNumber("to", range.Span.End);
                }
            });
        });

        /// <summary>The edits renaming the ID at the offset in every file, or the reason it is refused.</summary>
        public string Rename(string path, int offset, string newName) => Answer(() =>
        {
            var outcome = NavigationService.Rename(workspace.Current, WebWorkspace.Full(path), offset, newName);
            if (outcome.Refusal != null)
            {
                throw new ToolingException(outcome.Refusal);
            }

            return Json(json => Edits(json, outcome.Edits));
        });

        /// <summary>What <c>mcred fmt</c> would write for the file, as edits (none when it is formatted).</summary>
        public string Format(string path) => Answer(() =>
        {
            var file = workspace.Plan(path) ?? throw new ToolingException($"{path} is not a plan that was checked: only .mcred files are formatted");
            if (file.Errors.Count > 0)
            {
                throw new ToolingException($"{path} has a syntax error: fix it (see Problems), then format");
            }

            return Json(json => Edits(json, EditService.Format(file)));
        });

        /// <summary>Highlighting from the core's own lexer: <c>[line, character, length, kind]</c> per token, flattened.</summary>
        public string Tokens(string path) => Answer(() =>
        {
            var file = workspace.Plan(path);
            return Json(json =>
            {
                json.WriteStartArray("kinds");
                foreach (var kind in Enum.GetNames(typeof(HighlightKind)))
                {
                    json.WriteStringValue(kind.ToLowerInvariant());
                }

                json.WriteEndArray();
                json.WriteStartArray("tokens");
                foreach (var token in file == null ? new List<HighlightToken>() : HighlightService.Tokens(file))
                {
                    json.WriteNumberValue(token.Line);
                    json.WriteNumberValue(token.Character);
                    json.WriteNumberValue(token.Length);
                    json.WriteNumberValue((int)token.Kind);
                }

                json.WriteEndArray();
            });
        });

        /// <summary>The page <c>mcred report</c> writes.</summary>
        public string Report(string title) => Answer(() =>
        {
            var plan = Checked();
            var html = new PlanReport(plan, workspace.Today, WebWorkspace.Relative).Render(title.Length == 0 ? "Micro-credential plan" : title);
            return Json(json => json.WriteString("html", html));
        });

        /// <summary>The rows of <c>mcred coverage --format json</c>, and its text for when there are none.</summary>
        public string Coverage() => Answer(() =>
        {
            var plan = Checked();
            return Json(json =>
            {
                json.WritePropertyName("table");
                json.WriteRawValue(CoverageTable.Json(plan));
                json.WriteString("text", CoverageTable.Text(plan));
            });
        });

        /// <summary>The document <c>mcred export ctdl</c> writes (credentials' skills; <paramref name="allSkills"/> adds the library).</summary>
        public string ExportCtdl(bool allSkills) => Answer(() =>
        {
            var graph = new CtdlExporter("en").Graph(Checked(), null, allSkills);
            return Json(json => json.WriteString("json", graph));
        });

        /// <summary>The files <c>mcred export ob3</c> writes, as a zip (base64).</summary>
        public string ExportOpenBadges(string baseUrl) => Answer(() =>
        {
            var exporter = new OpenBadgesExporter(OpenBadgesExporter.CheckedBaseUrl(baseUrl.Length == 0 ? null : baseUrl));
            var documents = exporter.Documents(Checked().Model, "fill in the badges' base URL");
            return Json(json => json.WriteString("zip", Convert.ToBase64String(Zip(documents))));
        });

        /// <summary>The whole workspace as a zip (base64), paths as they are in the workspace.</summary>
        public string DownloadWorkspace() => Answer(() =>
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in workspace.Paths)
            {
                files[path] = workspace.Text(path)!;
            }

            return Json(json => json.WriteString("zip", Convert.ToBase64String(Zip(files))));
        });

        /// <summary>The starter of <c>mcred new</c> and the bundled examples, each with its files.</summary>
        public string Templates() => Answer(() => Json(json =>
        {
            json.WriteStartArray("templates");
            WriteTemplate(json, "starter", "Starter plan (what mcred new writes)", Starter.Files(workspace.Today));
            foreach (var example in Starter.Examples())
            {
                WriteTemplate(json, example.Key, "Example: " + example.Key, example.Value);
            }

            json.WriteEndArray();
        }));

        private CheckResult Checked()
        {
            var plan = workspace.Current.Result;
            var errors = plan.Diagnostics.Count(d => d.Severity == McredSeverity.Error);
            if (errors > 0)
            {
                throw new ToolingException(PlanErrors.Refusal(errors) + " (see Problems)");
            }

            if (plan.Files.Count == 0)
            {
                throw new ToolingException("there is no plan yet: add a .mcred file or pick a template");
            }

            return plan;
        }

        private static void WriteTemplate(Utf8JsonWriter json, string name, string title, IDictionary<string, string> files)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("title", title);
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Key);
                json.WriteString("text", file.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static byte[] Zip(IEnumerable<KeyValuePair<string, string>> files)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    using var entry = new StreamWriter(zip.CreateEntry(file.Key, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                    entry.Write(file.Value);
                }
            }

            return buffer.ToArray();
        }

        private static string Places(IEnumerable<PlanRange> ranges) => Json(json =>
        {
            json.WriteStartArray("places");
            foreach (var range in ranges)
            {
                Place(json, range);
            }

            json.WriteEndArray();
        });

        private static void Place(Utf8JsonWriter json, PlanRange range)
        {
            json.WriteStartObject();
            json.WriteString("path", WebWorkspace.Relative(range.Path));
            json.WriteNumber("from", range.Span.Start);
            json.WriteNumber("to", range.Span.End);
            json.WriteNumber("line", range.Lines.Start.Line + 1);
            json.WriteNumber("column", range.Lines.Start.Character + 1);
            json.WriteEndObject();
        }

        private static void Edits(Utf8JsonWriter json, IEnumerable<FileEdit> edits)
        {
            json.WriteStartArray("edits");
            foreach (var edit in edits)
            {
                json.WriteStartObject();
                json.WriteString("path", WebWorkspace.Relative(edit.Range.Path));
                json.WriteNumber("from", edit.Range.Span.Start);
                json.WriteNumber("to", edit.Range.Span.End);
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static string Ok() => "{\"ok\":true}";

        private static string Json(Action<Utf8JsonWriter> body) => JsonText.Write(json =>
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        });

        /// <summary>Any refusal or failure is one line for the page; the workspace stays as it was.</summary>
        private static string Answer(Func<string> work)
        {
            string? message;
            try
            {
                return work();
            }
            catch (ToolingException e)
            {
                message = e.Message;
            }
            catch (McredInputException e)
            {
                message = WebWorkspace.InWords(e.Message);
            }
            catch (JsonException e)
            {
                message = "the page sent a request mcred could not read: " + e.Message;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                message = "mcred failed (" + e.GetType().Name + ": " + e.Message + "); your files are kept";
            }

            return Json(json => json.WriteString("error", message));
        }
    }
}
