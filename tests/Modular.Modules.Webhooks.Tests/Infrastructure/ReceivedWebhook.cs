using System.Text;
using System.Text.Json;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>One request as the partner's server saw it: the raw bytes are kept because the signature covers exactly them.</summary>
public sealed record ReceivedWebhook(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset ArrivedAt)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Id => Header("webhook-id") ?? throw new ShouldAssertException($"No webhook-id header in {this}");

    public string Timestamp => Header("webhook-timestamp") ?? throw new ShouldAssertException($"No webhook-timestamp header in {this}");

    public string Signature => Header("webhook-signature") ?? throw new ShouldAssertException($"No webhook-signature header in {this}");

    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);

    /// <summary>The envelope's <c>type</c>, or null when the body is not an envelope, so filters over mixed traffic never throw.</summary>
    public string? Type
    {
        get
        {
            try
            {
                return Json.TryGetProperty("type", out var type) ? type.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public override string ToString() =>
        $"{Method} {Path} at {ArrivedAt:O} id={Header("webhook-id")} body={Encoding.UTF8.GetString(Body)}";
}
