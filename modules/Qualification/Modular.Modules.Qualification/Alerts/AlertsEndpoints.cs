using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Qualification.Alerts;

/// <summary>
/// The alert and assignment API, on groups guarded like the module's others: a rep reads and sets their own
/// preferences with the scopes members hold; anyone else's preferences and the assignment rules need scenarios:manage.
/// </summary>
internal static class AlertsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var own = endpoints.MapGroup("/api/v1").WithTags("Alerts").RequireScopes(ScopeNames.Read, ScopeNames.Write);
        AlertPreferenceEndpoints.MapOwn(own);
        GetLeadAssignmentEndpoint.Map(own);

        var anyUser = endpoints.MapGroup("/api/v1").WithTags("Alerts").RequireScopes(ScopeNames.ScenariosManage, ScopeNames.ScenariosManage);
        AlertPreferenceEndpoints.MapAnyUser(anyUser);

        var settings = endpoints.MapGroup("/api/v1").WithTags("Alerts").RequireScopes(ScopeNames.Read, ScopeNames.ScenariosManage);
        AssignmentSettingsEndpoints.Map(settings);
    }
}
