using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>GET and PUT /api/v1/qualification/assignment: how the tenant's qualified leads are given to reps.</summary>
internal static class AssignmentSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/qualification/assignment", Get)
            .WithSummary("Shows how leads are assigned to reps: round_robin (the default) or ordered rules by source and country.");
        api.MapPut("/qualification/assignment", Put)
            .WithSummary("Sets how leads are assigned to reps. Leads already assigned keep their rep.");
    }

    private static async Task<Ok<AssignmentSettingsView>> Get(AssignmentSettingsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(AssignmentSettingsView.Of(await store.GetAsync(cancellationToken)));

    private static async Task<Results<Ok<AssignmentSettingsView>, ValidationProblem>> Put(
        AssignmentSettingsView request, HttpRequest http, AssignmentSettingsStore store, ITenantUsers users, ICurrentTenant tenant,
        CancellationToken cancellationToken)
    {
        var (mode, rules, errors) = request.Read(await users.ListAsync(tenant.RequiredTenantId, cancellationToken));
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        await store.UpdateAsync(settings =>
        {
            settings.Mode = mode;
            settings.Rules = AssignmentSettingsStore.WriteRules(rules);
            settings.PublicBaseUrl = PublicUrls.BaseOf(http);
        }, cancellationToken);
        return TypedResults.Ok(AssignmentSettingsView.Of(await store.GetAsync(cancellationToken)));
    }
}
