using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Modular.Modules.Leads.Scoring.Policies.GetPolicy;

/// <summary>GET /api/v1/scoring/policy: the tenant's scoring policy, or the starter policy it scores with until it saves one.</summary>
internal static class GetScoringPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/scoring/policy", Handle).WithSummary("Shows the scoring policy: rules, group caps, decay half-life and thresholds (the starter policy until one is saved).");

    private static async Task<Ok<PolicyDocument>> Handle(ScoringPolicies policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(PolicyDocument.From(await policies.CurrentAsync(cancellationToken)));
}
