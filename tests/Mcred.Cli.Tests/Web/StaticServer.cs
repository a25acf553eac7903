using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Mcred.Cli.Tests.Web
{
    /// <summary>
    /// Any static file server will do for the published site; this one is the smallest that serves it as a host would
    /// (the right content types, nothing else). Disposing it takes the site offline for real.
    /// </summary>
    internal sealed class StaticServer : IDisposable
    {
        private static readonly Dictionary<string, string> Types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".js"] = "text/javascript",
            [".css"] = "text/css",
            [".json"] = "application/json",
            [".wasm"] = "application/wasm",
            [".dat"] = "application/octet-stream",
        };

        private readonly HttpListener listener = new HttpListener();
        private readonly string root;

        public StaticServer(string root)
        {
            this.root = root;
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(Url);
            listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        public void Dispose() => listener.Close();

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => Answer(context));
            }
        }

        private void Answer(HttpListenerContext context)
        {
            using var response = context.Response;
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(root, relative.Length == 0 ? "index.html" : relative));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                return;
            }

            response.ContentType = Types.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
            var bytes = File.ReadAllBytes(path);
            try
            {
                response.OutputStream.Write(bytes);
            }
            catch (HttpListenerException)
            {
                // The browser went away mid-answer.
            }
        }
    }
}
