namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>One call the fake receiver got, whatever it answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query, as sent.</param>
/// <param name="Headers">Every request header, by name without regard to case, values joined by commas.</param>
/// <param name="Body">The raw body.</param>
/// <param name="StatusCode">What the receiver answered.</param>
/// <param name="Replayed">True when the answer was the stored one of an <c>Idempotency-Key</c> seen before, and nothing was written.</param>
public sealed record FakeReceiverRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, int StatusCode, bool Replayed)
{
    /// <summary>The <c>X-Modular-Event</c> header, or null.</summary>
    public string? Event => Headers.GetValueOrDefault("X-Modular-Event");

    /// <summary>The <c>Idempotency-Key</c> header, or null.</summary>
    public string? IdempotencyKey => Headers.GetValueOrDefault("Idempotency-Key");
}
