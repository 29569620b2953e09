using Modular.Host.Admin.Shared;
using Modular.Host.Runtime;

namespace Modular.Host.Admin.ReloadModule;

/// <summary>POST /api/v1/admin/modules/{id}/reload: loads the folder's current build beside the serving version and switches to it.</summary>
internal static class ReloadModuleEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/modules/{id}/reload", Handle)
            .WithName("ReloadModule")
            .WithSummary("Reloads a module or plugin from its folder without stopping the host; the answer says whether the new version is active.");

    private static async Task<Results<Ok<ModuleView>, ProblemHttpResult>> Handle(string id, ExtensionRuntime runtime, CancellationToken cancellationToken)
    {
        if (runtime.Find(id) is not { } slot)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown module or plugin", detail: $"No module or plugin has the id '{id}'.");

        var reloaded = await runtime.ReloadFolderAsync(slot.Folder, slot.Kind, cancellationToken, force: true);
        return reloaded is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Module folder removed", detail: $"The folder of '{id}' no longer holds a manifest; its last version was retired.")
            : TypedResults.Ok(ModuleView.From(reloaded));
    }
}
