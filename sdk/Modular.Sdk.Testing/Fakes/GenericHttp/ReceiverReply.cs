using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>An answer of the receiver, kept as data so that a repeated <c>Idempotency-Key</c> can be answered it again.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or null for none.</param>
/// <param name="Headers">Extra response headers (<c>Retry-After</c>, <c>Location</c>).</param>
internal sealed record ReceiverReply(int Status, JsonObject? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static ReceiverReply Error(int status, string message) => new(status, new JsonObject { ["error"] = message });

    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
            response.Headers[name] = value;
        if (Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(Body.ToJsonString());
        }
    }
}
