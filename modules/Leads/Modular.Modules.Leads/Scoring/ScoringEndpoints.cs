using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Scoring.GetScore;
using Modular.Modules.Leads.Scoring.Model.GetModel;
using Modular.Modules.Leads.Scoring.Model.RetrainModel;
using Modular.Modules.Leads.Scoring.Policies.GetPolicy;
using Modular.Modules.Leads.Scoring.Policies.UpdatePolicy;

namespace Modular.Modules.Leads.Scoring;

/// <summary>The client API over scoring, one use case per folder.</summary>
internal static class ScoringEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        GetScoringPolicyEndpoint.Map(api);
        UpdateScoringPolicyEndpoint.Map(api);
        GetLeadScoreEndpoint.Map(api);
        GetWinModelEndpoint.Map(api);
        RetrainWinModelEndpoint.Map(api);
    }
}
