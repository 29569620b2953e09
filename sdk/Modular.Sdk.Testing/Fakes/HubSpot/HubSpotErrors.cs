using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>Error answers shaped like HubSpot's: <c>{"status":"error","message","correlationId","category"}</c>.</summary>
internal static class HubSpotErrors
{
    public static IResult Unauthorized() =>
        Error(401, "INVALID_AUTHENTICATION", "Authentication credentials not found. This API supports OAuth 2.0 authentication.");

    public static IResult Validation(string message) => Error(400, "VALIDATION_ERROR", message);

    public static IResult NotFound(string message) => Error(404, "OBJECT_NOT_FOUND", message);

    public static IResult Conflict(string message) => Error(409, "CONFLICT", message);

    public static IResult ServerError() => Error(500, "INTERNAL_ERROR", "internal error");

    /// <summary>HubSpot's answer when a private app goes over its per-second allowance.</summary>
    public static IResult RateLimited(TimeSpan retryAfter) => new RateLimitedResult(retryAfter);

    private static IResult Error(int status, string category, string message) =>
        Results.Json(new { status = "error", message, correlationId = Guid.NewGuid(), category }, statusCode: status);

    private sealed class RateLimitedResult(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => 429;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return Results.Json(
                new { status = "error", message = "You have reached your secondly limit.", errorType = "RATE_LIMIT", correlationId = Guid.NewGuid(), policyName = "SECONDLY" },
                statusCode: 429).ExecuteAsync(httpContext);
        }
    }
}
