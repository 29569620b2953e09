using System.Security.Cryptography;
using System.Text;

namespace Modular.Host.Admin;

/// <summary>
/// Admits a request to <c>/api/v1/admin</c> only with <c>Authorization: Bearer &lt;Modular:OperatorKey&gt;</c>,
/// compared in constant time. With no key configured the admin API stays closed.
/// </summary>
internal sealed class OperatorKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = configuration["Modular:OperatorKey"];
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;

        if (string.IsNullOrEmpty(expected) || presented is null
            || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Operator key required",
                detail: string.IsNullOrEmpty(expected)
                    ? "The admin API is closed: set Modular:OperatorKey."
                    : "Send Authorization: Bearer <operator key>.");
        }

        return await next(context);
    }
}
