namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>One call the fake received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query, as sent (still URL-encoded).</param>
/// <param name="Soql">The decoded <c>q</c> parameter of a query, or null.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="DuplicateRuleHeader">The <c>Sforce-Duplicate-Rule-Header</c> as sent, or null.</param>
/// <param name="Body">The raw request body.</param>
/// <param name="StatusCode">What the fake answered.</param>
public sealed record FakeSalesforceRequest(string Method, string Path, string? Soql, string? Authorization, string? DuplicateRuleHeader, string Body, int StatusCode);
