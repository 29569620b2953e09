using System.Text.Json;

namespace Modular.Plugins.Interpretation.OpenAi.Requests;

/// <summary>
/// Words a provider's refusal (<c>{"error": {"message", "type", "code"}}</c>) for the log: the status and the error's
/// code or type only. The message is left out: OpenAI's answer to a wrong key quotes part of that key.
/// </summary>
internal static class ProviderError
{
    public static string Describe(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        var code = CodeOf(body);
        var retry = response.Headers.RetryAfter?.Delta is { } delta ? $", retry after {delta.TotalSeconds:0} s" : "";
        return $"The chat-completions provider answered {status}{(code is null ? "" : $" ({code})")}{retry}.";
    }

    private static string? CodeOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                return null;
            return Text(error, "code") ?? Text(error, "type");
        }
        catch (JsonException)
        {
            // A proxy's HTML page in front of the provider: the status alone says what happened.
            return null;
        }
    }

    // Only identifier-like codes are repeated: a provider that puts free text there gets nothing quoted.
    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 64 } text
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? text
            : null;
}
