using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Sdk.Platform;

namespace Modular.Sdk.Modules;

/// <summary>
/// Records an endpoint's successful calls in the audit trail (<see cref="IAuditTrail"/>), for endpoints that read or
/// change one identified thing: declared beside the route, so the use case itself stays about its work.
/// </summary>
public static class AuditedEndpoints
{
    /// <summary>
    /// After the endpoint answers anything but an error (a status below 400), records <paramref name="action"/> on
    /// <c>&lt;subjectType&gt;:&lt;route value&gt;</c>, the route value named <paramref name="routeValue"/>. The entry is
    /// written before the answer is sent, so a read that cannot be recorded is not answered.
    /// </summary>
    public static RouteHandlerBuilder RecordsAudit(this RouteHandlerBuilder endpoint, string action, string subjectType, string routeValue = "id") =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (Succeeded(result))
            {
                var subject = $"{subjectType}:{context.HttpContext.GetRouteValue(routeValue)}";
                // Not the request's token: once the answer is decided, a client hanging up must not leave it unrecorded.
                await context.HttpContext.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(action, subject, cancellationToken: CancellationToken.None);
            }
            return result;
        });

    private static bool Succeeded(object? result)
    {
        while (result is INestedHttpResult nested)
            result = nested.Result;
        return result is not IStatusCodeHttpResult { StatusCode: >= 400 };
    }
}
