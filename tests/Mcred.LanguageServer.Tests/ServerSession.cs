using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.Workspace;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// A language server in this process and a client talking to it over an in-memory duplex pipe, on a copy of the
    /// analytics example in a temporary folder (tests edit it freely).
    /// </summary>
    internal sealed class ServerSession : IAsyncDisposable
    {
        public static readonly DateTime Today = new DateTime(2026, 11, 28);

        private readonly McredLanguageServer server;
        private readonly Task<int> serving;

        /// <summary>What the server logged: read at the end, so a check that failed in the background fails the test.</summary>
        private readonly StringWriter log = new StringWriter();

        private ServerSession(string folder, Func<DateTime>? clock)
        {
            Folder = folder;
            var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
            server = new McredLanguageServer(serverStream, serverStream, log, clock ?? (() => Today));
            serving = server.RunAsync();
            Client = new LspClient(clientStream, clientStream);
        }

        public string Folder { get; }
        public LspClient Client { get; }

        /// <summary>The server in this process, for what its clock timer would do (<see cref="McredLanguageServer.CheckDate"/>).</summary>
        public McredLanguageServer Server => server;

        public string PathOf(string name) => Path.Combine(Folder, name);

        public string Text(string name) => File.ReadAllText(PathOf(name));

        /// <summary>Starts a session on a copy of examples/analytics, optionally changed before the server starts.</summary>
        /// <param name="clock">The server's date, where a test moves it; <see cref="Today"/> otherwise.</param>
        public static async Task<ServerSession> Start(Action<string>? prepare = null, Func<DateTime>? clock = null)
        {
            var folder = Path.Combine(Path.GetTempPath(), "mcred-lsp-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "analytics"), "*.mcred"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            prepare?.Invoke(folder);
            var session = new ServerSession(folder, clock);
            await session.Client.Initialize(folder);
            return session;
        }

        /// <summary>What <c>mcred check</c> reports for the folder as it is on disk (the reference the server must equal).</summary>
        public CheckResult CheckDisk() => McredChecker.CheckDisk(new[] { Folder }, Folder, Today);

        /// <summary>The position of <paramref name="needle"/> in a file (plus <paramref name="into"/> characters), as LSP counts it.</summary>
        public (int Line, int Character) Find(string name, string needle, int into = 0) => Find(Text(name), needle, into, name);

        public static (int Line, int Character) Find(string text, string needle, int into, string shownAs)
        {
            var index = text.IndexOf(needle, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' not in {shownAs}");
            }

            var before = text.Substring(0, index + into);
            var line = before.Count(c => c == '\n');
            return (line, before.Length - (before.LastIndexOf('\n') + 1));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Task.WhenAny(serving, Task.Delay(LspClient.Patience));
            server.Dispose();
            if (Environment.GetEnvironmentVariable("MCRED_LSP_TEST_LOG") is string copy)
            {
                File.AppendAllText(copy, log.ToString());
            }

            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }

            // MCRED_VERIFY_INCREMENTAL (on in CI) makes a stale incremental verdict throw inside the server's check.
            string logged;
            lock (log)
            {
                logged = log.ToString();
            }

            if (logged.Contains("checking failed", StringComparison.Ordinal) || logged.Contains(IncrementalVerification.Switch, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the server logged a failed check:\n" + logged);
            }
        }
    }
}
