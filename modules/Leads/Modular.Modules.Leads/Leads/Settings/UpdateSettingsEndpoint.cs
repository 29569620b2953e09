using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.Settings;

/// <summary>PUT /api/v1/leads/settings: replaces the tenant's settings; they apply to the next lead received.</summary>
internal static class UpdateSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/leads/settings", Handle).WithSummary("Sets how leads are handled: the deduplication window, 1 to 3650 days.");

    private static async Task<Results<Ok<LeadSettingsView>, ValidationProblem>> Handle(
        LeadSettingsView request, LeadsDbContext leads, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        if (request.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);

        var settings = await leads.Set<LeadSettings>().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
            leads.Add(new LeadSettings { TenantId = tenant.RequiredTenantId, DedupWindowDays = request.DedupWindowDays });
        else
            settings.DedupWindowDays = request.DedupWindowDays;
        try
        {
            await leads.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (settings is null)
        {
            // A first PUT from another request created the row meanwhile: this one, arriving later, wins.
            leads.ChangeTracker.Clear();
            await leads.Set<LeadSettings>().ExecuteUpdateAsync(s => s.SetProperty(x => x.DedupWindowDays, request.DedupWindowDays), cancellationToken);
        }
        return TypedResults.Ok(request);
    }
}
