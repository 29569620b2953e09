using System.Diagnostics;
using Modular.Host.Platform.Auth;

namespace Modular.Host.Api.Logging;

/// <summary>
/// Opens each request's logging scope and logs one line when it is answered. The line names the route template,
/// never the path or query string a client sent, which may carry personal data (an email, a phone number).
/// </summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var scope = new RequestLogScope(context.TraceIdentifier);
        context.Features.Set(scope);
        // Read now: the exception handler clears the endpoint before it writes the error.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(scope))
        {
            try
            {
                await next(context);
            }
            finally
            {
                Answered(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    /// <summary>Once authentication has run: puts the caller's tenant on the request's logging scope.</summary>
    public static Task AttachTenantAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<RequestLogScope>() is { } scope)
            scope.TenantId = context.User.FindFirst(ClaimNames.TenantId)?.Value;
        return next(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string route, int statusCode, double elapsedMilliseconds);
}
