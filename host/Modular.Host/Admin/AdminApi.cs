using Modular.Host.Admin.ListModules;
using Modular.Host.Admin.ReloadModule;

namespace Modular.Host.Admin;

/// <summary>The operators' API under <c>/api/v1/admin</c>, guarded by the operator key (<see cref="OperatorKeyGate"/>).</summary>
internal static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(OperatorKeyGate.AdminPath).WithTags("Admin");
        ListModulesEndpoint.Map(admin);
        ReloadModuleEndpoint.Map(admin);
    }
}
