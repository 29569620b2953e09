namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>One call to the fake's Messages API, accepted or not, so a test can prove nothing was even tried.</summary>
/// <param name="To">The <c>To</c> field, or null when absent.</param>
/// <param name="Body">The <c>Body</c> field, or null when absent.</param>
/// <param name="StatusCode">The HTTP status answered (0 for a call held until the caller gave up).</param>
/// <param name="ErrorCode">Twilio's error code answered, for example 21610; null when accepted.</param>
public sealed record FakeTwilioAttempt(string? To, string? Body, int StatusCode, int? ErrorCode);
