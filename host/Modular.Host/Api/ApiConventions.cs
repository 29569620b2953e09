using Modular.Host.Api.Documentation;
using Modular.Host.Api.Limits;
using Modular.Host.Api.Logging;
using Modular.Host.Api.Problems;
using Modular.Host.Api.RateLimits;

namespace Modular.Host.Api;

/// <summary>
/// What every HTTP API of the host and of its modules gets without asking: problem+json errors, request size limits,
/// rate limits, structured logs carrying the request and tenant ids, and the OpenAPI document.
/// </summary>
internal static class ApiConventions
{
    public static void AddApiConventions(this WebApplicationBuilder builder)
    {
        builder.AddStructuredLogging();
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddProblemWording();
        builder.Services.AddApiRateLimits(builder.Configuration);
        builder.Services.AddApiDocumentation();
    }

    /// <summary>First of all, so every entry a request logs, the exception handler's included, carries its scope.</summary>
    public static void UseRequestLogging(this WebApplication app) => app.UseMiddleware<RequestLogging>();

    /// <summary>Runs after authentication, so logs and rate limits know the caller, and before any endpoint reads a body.</summary>
    public static void UseApiConventions(this WebApplication app)
    {
        app.Use(RequestLogging.AttachTenantAsync);
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
    }

    /// <summary>The OpenAPI document and Swagger UI, which describe every endpoint, the modules' included.</summary>
    public static void MapApiConventions(this WebApplication app) => app.MapApiDocumentation();
}
