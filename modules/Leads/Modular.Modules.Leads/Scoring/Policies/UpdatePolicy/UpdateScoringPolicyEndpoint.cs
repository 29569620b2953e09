using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Scoring.Policies.UpdatePolicy;

/// <summary>
/// PUT /api/v1/scoring/policy: replaces the tenant's policy as a whole, once every problem is fixed (a 400 lists them
/// by field path, and nothing is saved). Every active lead is then rescored in the background.
/// </summary>
internal static class UpdateScoringPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/scoring/policy", Handle).WithSummary("Replaces the scoring policy; every active lead is rescored in the background.");

    private static async Task<Results<Ok<PolicyDocument>, ValidationProblem>> Handle(
        PolicyDocument document, HttpContext http, ScoringPolicies policies, ScoringJobs jobs, CancellationToken cancellationToken)
    {
        var (policy, problems) = document.ToPolicy();
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(ByPath(problems));

        await policies.SaveAsync(policy, Actors.From(http.User), cancellationToken);
        await jobs.RequestAsync(RescoreLeadsJob.Type, TimeSpan.Zero, cancellationToken);
        return TypedResults.Ok(PolicyDocument.From(policy));
    }

    // Problems read "<path>: <message>"; a client fixes a form field by field.
    private static Dictionary<string, string[]> ByPath(IReadOnlyList<string> problems) =>
        problems
            .Select(problem => problem.Split(": ", 2))
            .GroupBy(parts => parts.Length == 2 ? parts[0] : "policy", parts => parts[^1])
            .ToDictionary(group => group.Key, group => group.ToArray());
}
