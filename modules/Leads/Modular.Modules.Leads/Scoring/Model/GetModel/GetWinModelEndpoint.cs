using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Scoring.Model.GetModel;

/// <summary>GET /api/v1/scoring/model: when the tenant's win model was trained and on how many finished leads.</summary>
internal static class GetWinModelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/scoring/model", Handle).WithSummary("Shows when the win model was trained and from how many won and lost leads (trainedAt is null before the first model).");

    private static async Task<Ok<WinModelView>> Handle(LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var stored = await leads.Set<StoredWinModel>().AsNoTracking()
            .Select(m => new WinModelView(m.TrainedAt, m.WonExamples, m.LostExamples))
            .SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(stored ?? new WinModelView(null, 0, 0));
    }
}

/// <param name="TrainedAt">Null until the history holds a won and a lost lead.</param>
internal sealed record WinModelView(DateTimeOffset? TrainedAt, int WonExamples, int LostExamples);
