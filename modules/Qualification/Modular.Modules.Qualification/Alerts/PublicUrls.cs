using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Qualification.Alerts;

/// <summary>
/// Links in alerts point at the server as clients reach it: the operator's configured public URL
/// (<c>Extensions:qualification:PublicUrl</c>) when set, else the scheme, host and path base of the last settings
/// request — the way lead sources build their intake URL.
/// </summary>
internal sealed record PublicUrls(string? Configured)
{
    public static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The lead's API address; relative when no public URL is known yet.</summary>
    public string LeadLink(string? remembered, Guid leadId) => $"{(Configured ?? remembered ?? "").TrimEnd('/')}/api/v1/leads/{leadId}";
}
