using Modular.Host.Api.Documentation;

namespace Modular.Host.Api;

/// <summary>
/// What every HTTP API of the host and of its modules gets without asking: problem+json errors, request size limits,
/// rate limits, structured logs carrying the request and tenant ids, and the OpenAPI document.
/// </summary>
internal static class ApiConventions
{
    public static void AddApiConventions(this WebApplicationBuilder builder)
    {
        builder.Services.AddApiDocumentation();
    }

    /// <summary>The OpenAPI document and Swagger UI, which describe every endpoint, the modules' included.</summary>
    public static void MapApiConventions(this WebApplication app) => app.MapApiDocumentation();
}
