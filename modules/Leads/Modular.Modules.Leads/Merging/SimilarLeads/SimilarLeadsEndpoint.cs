using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>
/// GET /api/v1/leads/{id}/similar: active leads that may be the same person without being exact duplicates, each
/// with its reasons, the likeliest first — for the client to merge by hand or leave.
/// </summary>
internal static class SimilarLeadsEndpoint
{
    public const int MaxResults = 50;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{id:guid}/similar", Handle)
            .WithSummary("Lists near matches of a lead: same name and city, a phone one digit apart, an email at another domain or one character apart.")
            .RecordsAudit(AuditActions.SimilarRead, "lead");

    private static async Task<Results<Ok<SimilarLeadsPage>, ProblemHttpResult>> Handle(Guid id, LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var lead = await leads.Set<Lead>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
            return LeadProblems.NotFound("Lead", id);

        var identity = LeadIdentity.Of(lead);
        var matches = (await SimilarCandidates.FindAsync(leads, identity, lead.IsTest, cancellationToken))
            .Select(candidate => (candidate, Reasons: Similarity.Reasons(identity, candidate)))
            .Where(m => m.Reasons.Count > 0)
            .OrderByDescending(m => m.Reasons.Count).ThenBy(m => m.candidate.CreatedAt).ThenBy(m => m.candidate.Id)
            .Take(MaxResults)
            .ToList();

        var ids = matches.Select(m => m.candidate.Id).ToList();
        var found = await leads.Set<Lead>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var tags = await LeadTags.ForAsync(leads, ids, cancellationToken);
        return TypedResults.Ok(new SimilarLeadsPage([.. matches.Select(m => new SimilarLead(LeadView.From(found[m.candidate.Id], [.. tags[m.candidate.Id]]), m.Reasons))]));
    }
}

/// <summary>A near match and why: <c>same-name-and-city</c>, <c>phone-one-digit-apart</c>, <c>email-same-name-other-domain</c>, <c>email-one-character-apart</c>.</summary>
internal sealed record SimilarLead(LeadView Lead, IReadOnlyList<string> Reasons);

internal sealed record SimilarLeadsPage(IReadOnlyList<SimilarLead> Items);
