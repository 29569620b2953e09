using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.FormHook;

/// <summary>
/// Which browser pages may post to a form source. A page sends its <c>Origin</c>; when the source lists origins, an
/// Origin not listed is refused, and a listed one gets the CORS headers that let its script read the answer. A post
/// without an Origin (a server relaying the form, an old browser) is accepted: it is no browser page of another
/// site, and refusing it would protect nothing a missing header could not fake. A source that lists no origin takes
/// posts from anywhere, as a plain HTML form would, but lets no page's script read the answer.
/// </summary>
internal sealed class FormOrigins
{
    // Chromium caps a preflight's cache at two hours; asking for more would only be ignored.
    private const int PreflightMaxAgeSeconds = 7200;

    private readonly HashSet<string> allowed;

    public FormOrigins(LeadSource source) =>
        allowed = new(SourceView.SplitOrigins(source.AllowedOrigins).Select(Canonical).OfType<string>(), StringComparer.Ordinal);

    public bool IsRestricted => allowed.Count > 0;

    /// <summary>The page's origin when the source names it, null otherwise (and for a request that sent none).</summary>
    public string? Listed(HttpRequest request) =>
        Canonical(request.Headers.Origin.ToString()) is { } origin && allowed.Contains(origin) ? request.Headers.Origin.ToString() : null;

    /// <summary>Whether a POST may go on: no Origin, any Origin for an unrestricted source, or a listed one.</summary>
    public bool Admits(HttpRequest request) =>
        !IsRestricted || string.IsNullOrEmpty(request.Headers.Origin) || Listed(request) is not null;

    /// <summary>Lets a listed page's script read whatever this request answers, errors included.</summary>
    public void Expose(HttpContext http)
    {
        if (IsRestricted)
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (Listed(http.Request) is { } origin)
            http.Response.Headers.AccessControlAllowOrigin = origin;
    }

    public static void AnswerPreflight(HttpResponse response, string origin)
    {
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlAllowMethods = HttpMethods.Post;
        response.Headers.AccessControlAllowHeaders = HeaderNames.ContentType;
        response.Headers.AccessControlMaxAge = PreflightMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
    }

    // Browsers send the origin lower-cased without a default port; a listed origin may have been typed otherwise.
    private static string? Canonical(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
