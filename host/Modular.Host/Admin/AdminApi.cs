using Modular.Host.Admin.ListModules;
using Modular.Host.Admin.ReloadModule;

namespace Modular.Host.Admin;

/// <summary>The operators' API under <c>/api/v1/admin</c>, guarded by the operator key.</summary>
internal static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").AddEndpointFilter<OperatorKeyFilter>().WithTags("Admin");
        ListModulesEndpoint.Map(admin);
        ReloadModuleEndpoint.Map(admin);
    }
}
