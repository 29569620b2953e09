namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>One call the fake received, as sent, and what it answered.</summary>
internal sealed record FakeRequest(string Method, string PathAndQuery, string? Authorization, string Body, int StatusCode);
