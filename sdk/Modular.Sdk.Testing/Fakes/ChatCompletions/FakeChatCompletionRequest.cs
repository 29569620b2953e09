using System.Text.Json;

namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>One call to the fake's chat-completions endpoint, answered or refused, for a test's assertions.</summary>
/// <param name="Path">The path called: <c>/v1/chat/completions</c> or <c>/chat/completions</c>.</param>
/// <param name="Authorization">The <c>Authorization</c> header as sent, or null.</param>
/// <param name="Body">The raw request body.</param>
/// <param name="Model">The <c>model</c> field, or null when absent.</param>
/// <param name="Temperature">The <c>temperature</c> field, or null when absent.</param>
/// <param name="Messages">The <c>messages</c>, in order.</param>
/// <param name="ResponseFormat">The <c>response_format</c> object, or null when absent.</param>
/// <param name="StatusCode">The HTTP status answered (0 for a call held until the caller gave up).</param>
public sealed record FakeChatCompletionRequest(
    string Path,
    string? Authorization,
    string Body,
    string? Model,
    double? Temperature,
    IReadOnlyList<FakeChatMessage> Messages,
    JsonElement? ResponseFormat,
    int StatusCode)
{
    /// <summary>Every message's content, one after another: what left the caller, to prove something did not.</summary>
    public string Text => string.Join("\n", Messages.Select(message => message.Content));

    /// <summary>The content of the last <c>user</c> message, or null when there is none.</summary>
    public string? UserContent => Messages.LastOrDefault(message => message.Role == "user")?.Content;

    /// <summary>The content of the first <c>system</c> (or <c>developer</c>) message, or null when there is none.</summary>
    public string? SystemContent => Messages.FirstOrDefault(message => message.Role is "system" or "developer")?.Content;

    /// <summary><c>response_format.type</c>: <c>text</c>, <c>json_object</c> or <c>json_schema</c>; null when absent.</summary>
    public string? ResponseFormatType =>
        ResponseFormat is { ValueKind: JsonValueKind.Object } format && format.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;
}
