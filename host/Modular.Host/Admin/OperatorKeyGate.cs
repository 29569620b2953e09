using System.Security.Cryptography;
using System.Text;

namespace Modular.Host.Admin;

/// <summary>
/// Admits a request under <c>/api/v1/admin</c> only with <c>Authorization: Bearer &lt;Modular:OperatorKey&gt;</c>,
/// compared in constant time. With no key configured the admin API stays closed. Guarding the path rather than the
/// host's own endpoints covers the operator endpoints modules map there too (a module cannot open one by mistake),
/// and unknown admin paths answer 401 rather than telling a stranger what exists.
/// </summary>
internal sealed class OperatorKeyGate(RequestDelegate next, IConfiguration configuration)
{
    public const string AdminPath = "/api/v1/admin";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(AdminPath) || Presents(context, configuration["Modular:OperatorKey"]))
        {
            await next(context);
            return;
        }

        var expected = configuration["Modular:OperatorKey"];
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Operator key required",
            detail: string.IsNullOrEmpty(expected)
                ? "The admin API is closed: set Modular:OperatorKey."
                : "Send Authorization: Bearer <operator key>.").ExecuteAsync(context);
    }

    private static bool Presents(HttpContext context, string? expected)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        return !string.IsNullOrEmpty(expected) && presented is not null
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
