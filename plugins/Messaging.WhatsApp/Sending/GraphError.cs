using System.Text.Json;

namespace Modular.Plugins.Messaging.WhatsApp.Sending;

/// <summary>The <c>error</c> object of a Graph API answer: <c>{"error":{"message","type","code","error_data":{"details"},"fbtrace_id"}}</c>.</summary>
internal sealed record GraphError(int? Code, string? Message, string? Details)
{
    public static GraphError? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                return null;
            int? code = error.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt32(out var number) ? number : null;
            var message = error.TryGetProperty("message", out var messageElement) ? messageElement.GetString() : null;
            var details = error.TryGetProperty("error_data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("details", out var detailsElement)
                ? detailsElement.GetString()
                : null;
            return new GraphError(code, message, details);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
