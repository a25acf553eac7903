using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Mcred.LanguageServer.Transport
{
    /// <summary>
    /// What a message's top level says, read before the message is handed to StreamJsonRpc so that a malformed one is
    /// answered with its own id: a JSON-RPC 2.0 object with a string <c>method</c>, an id that is a number or a
    /// string, and <c>params</c> that are an object or an array.
    /// </summary>
    internal readonly struct Envelope
    {
        private Envelope(RequestId id, string? method, bool isResponse, JsonRpcErrorCode? error, string? problem)
        {
            Id = id;
            Method = method;
            IsResponse = isResponse;
            Error = error;
            Problem = problem;
        }

        public RequestId Id { get; }
        public string? Method { get; }
        public bool IsResponse { get; }

        /// <summary>A request: it has a method and an id, and must be answered.</summary>
        public bool IsRequest => Method != null && HasId;

        /// <summary>The message named an id (a number or a string): an error about it carries that id.</summary>
        public bool HasId => Id.Number != null || Id.String != null;

        /// <summary>The error code to answer with, when the message is not one to run.</summary>
        public JsonRpcErrorCode? Error { get; }
        public string? Problem { get; }

        public static Envelope Read(byte[] body)
        {
            var id = default(RequestId);
            string? method = null;
            string? version = null;
            var isResponse = false;
            var badParams = false;
            var badId = false;
            try
            {
                var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return Invalid(id, method, JsonRpcErrorCode.InvalidRequest, "a message must be one JSON-RPC object (batches are not used by LSP)");
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    switch (name)
                    {
                        case "jsonrpc":
                            version = reader.TokenType == JsonTokenType.String ? reader.GetString() : "(not a string)";
                            break;
                        case "id":
                            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                            {
                                id = new RequestId(number);
                            }
                            else if (reader.TokenType == JsonTokenType.String)
                            {
                                id = new RequestId(reader.GetString());
                            }
                            else if (reader.TokenType == JsonTokenType.Null)
                            {
                                id = RequestId.Null;
                            }
                            else
                            {
                                badId = true;
                                reader.Skip();
                            }

                            break;
                        case "method":
                            method = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                            reader.Skip();
                            break;
                        case "params":
                            badParams = reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.StartArray;
                            reader.Skip();
                            break;
                        case "result":
                        case "error":
                            isResponse = true;
                            reader.Skip();
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
            }
            catch (JsonException e)
            {
                return Invalid(id, method, JsonRpcErrorCode.ParseError, "not valid JSON: " + e.Message);
            }

            if (version != "2.0")
            {
                return Invalid(id, method, JsonRpcErrorCode.InvalidRequest, $"\"jsonrpc\" must be \"2.0\" (found {(version == null ? "none" : "\"" + version + "\"")})");
            }

            if (badId)
            {
                return Invalid(default, method, JsonRpcErrorCode.InvalidRequest, "an id must be a number or a string");
            }

            if (method == null && !isResponse)
            {
                return Invalid(id, method, JsonRpcErrorCode.InvalidRequest, "a request needs a string \"method\"");
            }

            if (badParams)
            {
                return Invalid(id, method, JsonRpcErrorCode.InvalidParams, "\"params\" must be an object or an array");
            }

            return new Envelope(id, method, isResponse && method == null, null, null);
        }

        private static Envelope Invalid(RequestId id, string? method, JsonRpcErrorCode code, string problem) => new Envelope(id, method, false, code, problem);
    }
}
