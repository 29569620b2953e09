using System.Security.Claims;
using Modular.Host.Platform.Auth;

namespace Modular.Host.Platform.Audit;

/// <summary>Who the audit trail says acted: the current request's API key or user, by id, or the system itself.</summary>
internal sealed class AuditActor(IHttpContextAccessor http)
{
    public const string System = "system";

    public string Current => Of(http.HttpContext?.User);

    // The key before the user: a key acts for its tenant, not as the person who created it.
    private static string Of(ClaimsPrincipal? caller) =>
        caller?.FindFirst(ClaimNames.ApiKeyId)?.Value is { } key ? $"apikey:{key}"
        : caller?.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } user ? $"user:{user}"
        : System;
}
