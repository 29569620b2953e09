using Modular.Host.Admin.Shared;
using Modular.Host.Runtime;

namespace Modular.Host.Admin.ListModules;

/// <summary>GET /api/v1/admin/modules: every module and plugin with its version and status.</summary>
internal static class ListModulesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/modules", Handle)
            .WithName("ListModules")
            .WithSummary("Lists every module and plugin, its version and status, and why it is not active if it is not.");

    private static Ok<ModuleView[]> Handle(ExtensionRuntime runtime) =>
        TypedResults.Ok(runtime.Slots.Select(ModuleView.From).ToArray());
}
