using StreamJsonRpc.Protocol;

namespace Mcred.LanguageServer.Transport
{
    /// <summary>
    /// The LSP lifecycle the transport enforces: nothing but <c>initialize</c> (and <c>exit</c>) runs before
    /// <c>initialize</c>; after <c>shutdown</c> only <c>exit</c> does. A refused request gets
    /// <c>ServerNotInitialized</c> or <c>InvalidRequest</c>; a refused notification is dropped, as the protocol says.
    /// </summary>
    internal sealed class LspLifecycle
    {
        /// <summary>LSP's code for a request before <c>initialize</c>.</summary>
        public const JsonRpcErrorCode ServerNotInitialized = (JsonRpcErrorCode)(-32002);

        private readonly object gate = new object();
        private bool initialized;
        private bool shutDown;

        /// <summary>Null when the message may run; otherwise the error code and the reason.</summary>
        public (JsonRpcErrorCode Code, string Reason)? Refuse(string method)
        {
            lock (gate)
            {
                if (method == "exit")
                {
                    return null;
                }

                if (!initialized)
                {
                    if (method == "initialize")
                    {
                        initialized = true;
                        return null;
                    }

                    return (ServerNotInitialized, $"'{method}' before 'initialize'");
                }

                if (shutDown)
                {
                    return (JsonRpcErrorCode.InvalidRequest, $"'{method}' after 'shutdown': only 'exit' is accepted now");
                }

                if (method == "initialize")
                {
                    return (JsonRpcErrorCode.InvalidRequest, "'initialize' was already sent");
                }

                if (method == "shutdown")
                {
                    shutDown = true;
                }

                return null;
            }
        }
    }
}
