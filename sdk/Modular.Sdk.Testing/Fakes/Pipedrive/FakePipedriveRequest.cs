namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>One call the fake received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query, as sent.</param>
/// <param name="ApiToken">The <c>x-api-token</c> header as sent, or null.</param>
/// <param name="Authorization">The <c>Authorization</c> header as sent, or null (the fake accepts no token there).</param>
/// <param name="Body">The raw request body.</param>
/// <param name="StatusCode">What the fake answered.</param>
public sealed record FakePipedriveRequest(string Method, string Path, string? ApiToken, string? Authorization, string Body, int StatusCode);
