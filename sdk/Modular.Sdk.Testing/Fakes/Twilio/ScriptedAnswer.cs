namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>What the fake answers instead of accepting, for the next few calls a test asked for.</summary>
internal sealed record ScriptedAnswer(int StatusCode, int ErrorCode, string Message, TimeSpan? RetryAfter = null, bool Stall = false)
{
    public static ScriptedAnswer RateLimited(TimeSpan retryAfter) => new(429, 20429, "Too Many Requests", retryAfter);

    public static ScriptedAnswer ServerError() => new(500, 20500, "Internal Server Error");

    public static ScriptedAnswer Stalled() => new(0, 0, "", Stall: true);
}
