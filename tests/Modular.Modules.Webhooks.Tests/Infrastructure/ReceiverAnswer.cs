namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>How the fake partner answers one request; unscripted requests get a plain 200.</summary>
public sealed record ReceiverAnswer(int StatusCode, string? RetryAfter = null, Uri? Location = null, TimeSpan? Delay = null, Task? HeldUntil = null)
{
    /// <summary>A 200 sent only once <paramref name="release"/> completes: a partner slow to answer, for as long as the test wants.</summary>
    public static ReceiverAnswer OkOnceReleased(Task release) => new(200, HeldUntil: release);

    public static ReceiverAnswer Status(int statusCode) => new(statusCode);

    public static ReceiverAnswer TooManyRequests(int retryAfterSeconds) => new(429, RetryAfter: retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ReceiverAnswer Redirect(Uri location) => new(302, Location: location);
}
