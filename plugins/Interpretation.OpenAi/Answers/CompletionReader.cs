using System.Text.Json;

namespace Modular.Plugins.Interpretation.OpenAi.Answers;

/// <summary>Takes the assistant message's content out of a chat completion, refusing the answers that carry none.</summary>
internal static class CompletionReader
{
    public static string Content(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("choices", out var choices)
                || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
                throw Failed("The chat-completions provider's answer has no choices.");
            var choice = choices[0];
            if (choice.ValueKind != JsonValueKind.Object || !choice.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
                throw Failed("The chat-completions provider's answer has no message.");
            // Structured Outputs say "I won't" in refusal rather than in content; the refusal's words are the model's, not logged.
            if (message.TryGetProperty("refusal", out var refusal) && refusal.ValueKind == JsonValueKind.String && refusal.GetString() is { Length: > 0 })
                throw Failed("The model refused to interpret the reply.");
            var finish = choice.TryGetProperty("finish_reason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null;
            if (finish is "length" or "content_filter")
                throw Failed($"The model's answer was cut short (finish_reason {finish}).");
            if (!message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(content.GetString()))
                throw Failed("The model's answer has no content.");
            return content.GetString()!;
        }
        catch (JsonException)
        {
            throw Failed("The chat-completions provider's answer is not JSON.");
        }
    }

    private static InterpretationFailedException Failed(string message) => new(message);
}
