using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>Twilio's error body: <c>{"code", "message", "more_info", "status"}</c>, with the HTTP status repeated.</summary>
internal static class TwilioErrorAnswer
{
    public static IResult Of(int status, int code, string message, TimeSpan? retryAfter = null) =>
        new ErrorResult(status, code, message, retryAfter);

    private sealed class ErrorResult(int status, int code, string message, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (retryAfter is { } wait)
                httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (status == StatusCodes.Status401Unauthorized)
                httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            var body = new Dictionary<string, object?>
            {
                ["code"] = code,
                ["message"] = message,
                ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
                ["status"] = status,
            };
            return Results.Json(body, statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
