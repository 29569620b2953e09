namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>What the fake answers to one call a test scripted.</summary>
internal abstract record ScriptedCompletion
{
    /// <summary>A completion whose assistant message carries this content.</summary>
    public sealed record Content(string Text, string FinishReason = "stop") : ScriptedCompletion;

    /// <summary>A completion whose assistant message refuses, as Structured Outputs do: content null, refusal set.</summary>
    public sealed record Refusal(string Text) : ScriptedCompletion;

    /// <summary>An OpenAI-shaped error.</summary>
    public sealed record Error(int StatusCode, string Type, string? Code, string Message, TimeSpan? RetryAfter = null) : ScriptedCompletion;

    /// <summary>A 200 whose body is not JSON at all, as from a misconfigured proxy.</summary>
    public sealed record MalformedBody : ScriptedCompletion;

    /// <summary>No answer until the caller gives up or the fake stops.</summary>
    public sealed record Stall : ScriptedCompletion;
}
