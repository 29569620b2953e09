using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Scoring.Scheduling;

namespace Modular.Modules.Leads.Scoring.Model.RetrainModel;

/// <summary>
/// POST /api/v1/scoring/model/retrain: trains the win model now rather than at the next outcome or night, for
/// example after importing a history of won and lost leads.
/// </summary>
internal static class RetrainWinModelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/scoring/model/retrain", Handle).WithSummary("Retrains the win model in the background, then rescores every lead; follow the Location to see when it is done.");

    private static async Task<Accepted> Handle(ScoringJobs jobs, CancellationToken cancellationToken)
    {
        await jobs.RequestAsync(RetrainWinModelJob.Type, TimeSpan.Zero, cancellationToken);
        return TypedResults.Accepted("/api/v1/scoring/model");
    }
}
