using Microsoft.Extensions.Configuration;

namespace Modular.Modules.Messaging.Channels;

/// <summary>
/// Whether tenants may point a channel at another server than the provider's (<c>Extensions:messaging:AllowBaseUrlOverride</c>,
/// off by default). The host would then call whatever address a tenant typed, internal ones included; until outbound
/// calls go through an SSRF guard that checks the address it connects to, only an operator who trusts its tenants
/// (a single-company install, a test bench with local fake providers) turns this on.
/// </summary>
internal sealed record BaseUrlPolicy(bool OverrideAllowed)
{
    public static BaseUrlPolicy From(IConfiguration configuration) => new(configuration.GetValue("AllowBaseUrlOverride", false));

    /// <summary>Checks a tenant's base URL: allowed at all, absolute, and of the scheme the provider's own URL has (http(s), or smtp for email).</summary>
    public void Check(string? baseUrl, Uri? providerDefault, Dictionary<string, string[]> errors)
    {
        if (baseUrl is not { Length: > 0 })
            return;
        if (!OverrideAllowed)
        {
            errors["baseUrl"] = ["This server does not let tenants choose a provider's address; leave baseUrl out (the operator can allow it with Extensions:messaging:AllowBaseUrlOverride)."];
            return;
        }
        var schemes = providerDefault?.Scheme is "http" or "https" or null ? new[] { "http", "https" } : [providerDefault.Scheme];
        if (!(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme) && baseUrl.Length <= 2000))
            errors["baseUrl"] = [$"The base URL must be an absolute {string.Join(" or ", schemes)} URL."];
    }
}
