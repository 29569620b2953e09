using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Leads.Settings;

/// <summary>GET /api/v1/leads/settings: the tenant's settings, or the defaults while it has never changed them.</summary>
internal static class GetSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/settings", Handle).WithSummary("Shows how leads are handled: the deduplication window in days.");

    private static async Task<Ok<LeadSettingsView>> Handle(LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var days = await leads.Set<LeadSettings>().Select(s => (int?)s.DedupWindowDays).SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new LeadSettingsView(days ?? LeadSettings.DefaultDedupWindowDays));
    }
}
