using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>Error answers shaped like Pipedrive's: <c>{"success":false,"error","errorCode","error_info"}</c>.</summary>
internal static class PipedriveErrors
{
    private const string ErrorInfo = "Please check developers.pipedrive.com for more information about Pipedrive API.";

    public static IResult Unauthorized() => Error(401, "unauthorized access");

    public static IResult BadRequest(string message) => Error(400, message);

    public static IResult NotFound(string message) => Error(404, message);

    public static IResult ServerError() => Error(500, "Internal server error");

    /// <summary>
    /// Pipedrive's answer when a token goes over its 2-second window: the <c>x-ratelimit-*</c> headers it sends on every
    /// answer, the remaining count at zero, and <c>Retry-After</c> unless told otherwise.
    /// </summary>
    public static IResult RateLimited(TimeSpan wait, bool sendRetryAfter) => new RateLimitedResult(wait, sendRetryAfter);

    private static IResult Error(int status, string message) =>
        Results.Json(new { success = false, error = message, errorCode = status, error_info = ErrorInfo, data = (object?)null, additional_data = (object?)null }, statusCode: status);

    private sealed class RateLimitedResult(TimeSpan wait, bool sendRetryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => 429;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            httpContext.Response.Headers["x-ratelimit-limit"] = "20";
            httpContext.Response.Headers["x-ratelimit-remaining"] = "0";
            httpContext.Response.Headers["x-ratelimit-reset"] = seconds;
            if (sendRetryAfter)
                httpContext.Response.Headers.RetryAfter = seconds;
            return Error(429, "Request over limit").ExecuteAsync(httpContext);
        }
    }
}
