using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.FormHook;

/// <summary>
/// OPTIONS on a form source's intake URL: the browser asks whether a page's script may post there. Only an origin the
/// source lists is answered yes; anything else is refused before the browser sends the lead.
/// </summary>
internal static class FormPreflight
{
    public static IResult Handle(HttpContext http, LeadSource source)
    {
        if (new FormOrigins(source).Listed(http.Request) is not { } origin)
            return FormIntake.OriginRefused(http.Request);
        FormOrigins.AnswerPreflight(http.Response, origin);
        return TypedResults.NoContent();
    }

    /// <summary>Sources other than forms are posted to by servers holding the secret, which a browser page must never hold.</summary>
    public static IResult NotForBrowsers(LeadSource source) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This source does not take posts from browsers",
            detail: $"A {SourceFormats.Name(source.Format)} source is posted to by a server that holds its secret; use a form source for a web page.");
}
