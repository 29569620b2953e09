using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Modular.Modules.Leads.Intake.FormHook;

/// <summary>
/// 303 See Other: after a POST, the browser fetches the thank-you page with a GET, so reloading it never posts the
/// form again (a 302 leaves the method to the browser, and 307 would repeat the POST).
/// </summary>
internal sealed class SeeOtherResult(string location) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status303SeeOther;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers[HeaderNames.Location] = location;
        return Task.CompletedTask;
    }
}
