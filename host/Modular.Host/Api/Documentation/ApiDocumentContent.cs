using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modular.Host.Api.Documentation;

/// <summary>
/// What the document says beyond what the endpoints declare: how to authenticate, and which credential and scope
/// each operation needs. Scopes are the authorization policies an endpoint requires, so they cannot drift apart.
/// </summary>
internal static class ApiDocumentContent
{
    public const string ApiKeyScheme = "apiKey";
    public const string OperatorKeyScheme = "operatorKey";
    private const string AdminPath = "api/v1/admin";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.Security = RequiredCredentials(context) is { } requirement ? [requirement] : null;
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Modular API",
            Version = ApiDocumentGenerator.DocumentName,
            Description = "Errors are application/problem+json (RFC 9457). Request bodies are limited in size (413) and must be "
                + "JSON where an operation says so (415). Calls with an API key are rate limited per key (429 with Retry-After).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "mdk_<prefix>_<secret>",
            Description = "A tenant's API key, shown once when created. Each operation lists the scopes it needs; the scope * grants all.",
        };
        document.Components.SecuritySchemes[OperatorKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The operator key (Modular:OperatorKey), for /api/v1/admin only.",
        };
    }

    private static OpenApiSecurityRequirement? RequiredCredentials(OpenApiOperationTransformerContext context)
    {
        var path = context.Description.RelativePath ?? "";
        if (path == AdminPath || path.StartsWith(AdminPath + "/", StringComparison.Ordinal))
            return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OperatorKeyScheme, context.Document)] = [] };

        var authorization = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToList();
        if (authorization.Count == 0 || context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            return null;

        var scopes = authorization.Select(data => data.Policy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = scopes };
    }
}
