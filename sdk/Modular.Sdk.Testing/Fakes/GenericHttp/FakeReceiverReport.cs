namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>A qualification report the fake receiver stored.</summary>
/// <param name="Id">The receiver's id of the report (<c>rep-1</c>, …).</param>
/// <param name="RecordId">The record it is attached to (found by the receiver's id or by the lead's id).</param>
/// <param name="Verdict">The verdict, as sent.</param>
/// <param name="Score">The score, as sent.</param>
/// <param name="Text">The report's text, as sent.</param>
public sealed record FakeReceiverReport(string Id, string RecordId, string Verdict, int Score, string Text);
