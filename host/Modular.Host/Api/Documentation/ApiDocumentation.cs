using Microsoft.OpenApi;

namespace Modular.Host.Api.Documentation;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and Swagger UI at <c>/swagger</c>, served from the host's own files.</summary>
internal static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/" + ApiDocumentGenerator.DocumentName + ".json";

    public static void AddApiDocumentation(this IServiceCollection services) => services.AddSingleton<ApiDocumentGenerator>();

    public static void MapApiDocumentation(this WebApplication app)
    {
        app.MapGet(DocumentPath, WriteDocumentAsync).ExcludeFromDescription();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "Modular API";
            // Relative to /swagger/, so the UI still finds the document when a proxy serves the host under a path.
            ui.SwaggerEndpoint(".." + DocumentPath, "Modular API " + ApiDocumentGenerator.DocumentName);
        });
    }

    private static async Task<ContentHttpResult> WriteDocumentAsync(ApiDocumentGenerator generator, CancellationToken cancellationToken)
    {
        var document = await generator.GenerateAsync(cancellationToken);
        // Built in memory: the OpenAPI writer is synchronous, and Kestrel refuses synchronous writes to a response.
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        return TypedResults.Text(json, "application/json", System.Text.Encoding.UTF8);
    }
}
