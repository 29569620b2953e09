using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Leads.UpdateLead;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Merging.UnmergeLead;

/// <summary>
/// POST /api/v1/leads/{id}/unmerge, where {id} is the merged (hidden) lead — the id a client finds in the
/// survivor's <c>mergedLeads</c>. Both leads are active again; the survivor gives back what the merge filled in.
/// Timeline entries stay with the lead they were recorded on. A lead that is not merged (never was, or already
/// unmerged) answers 409.
/// </summary>
internal static class UnmergeLeadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads/{id:guid}/unmerge", Handle)
            .WithSummary("Undoes the merge of this (merged) lead: it is active again and the survivor gives back the fields the merge filled in.")
            .RecordsAudit(AuditActions.Unmerged, "lead");

    private static async Task<Results<Ok<UnmergeView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, LeadsDbContext leads, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await leads.Database.BeginTransactionAsync(cancellationToken);
        var restored = await leads.Set<Lead>().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (restored is null)
            return LeadProblems.NotFound("Lead", id);
        var merge = await leads.Set<LeadMerge>().AsNoTracking()
            .Where(m => m.MergedId == id && m.UnmergedAt == null).OrderByDescending(m => m.MergedAt).FirstOrDefaultAsync(cancellationToken);
        // The conditional update is the claim: of two unmerges racing, only one finds the merge still in force.
        if (restored.MergedIntoId is null || merge is null
            || await leads.Set<LeadMerge>().Where(m => m.Id == merge.Id && m.UnmergedAt == null).ExecuteUpdateAsync(m => m.SetProperty(x => x.UnmergedAt, now), cancellationToken) == 0)
            return EditableLead.Conflict("The lead is not merged", $"Lead {id} is not merged into another lead (never merged, or already unmerged).");

        // Read after the claim, so what it is compared with is what the survivor holds now.
        await leads.Entry(restored).ReloadAsync(cancellationToken);
        var survivor = await leads.Set<Lead>().SingleAsync(l => l.Id == merge.SurvivorId, cancellationToken);
        var filled = JsonSerializer.Deserialize<FilledFields>(merge.FilledFields)!;
        var status = await MergedStatus.BeforeAsync(leads, id, merge.Id, cancellationToken);
        var result = LeadUnmerger.Unmerge(survivor, restored, filled, status, now);

        var actor = Actors.From(http.User);
        var kept = result.Kept.Count == 0 ? "" : $" Kept {string.Join(", ", result.Kept)}: changed since the merge, or the last way to reach the person.";
        leads.Record(survivor.TenantId, survivor.Id, "lead.unmerged", Fit($"Lead {restored.Id} was unmerged from this one.{kept}"), actor, now,
            new { restoredId = restored.Id, mergeId = merge.Id, cleared = result.Cleared, kept = result.Kept });
        leads.Record(restored.TenantId, restored.Id, "lead.unmerged", $"Unmerged from lead {survivor.Id}; active again as {status}.", actor, now,
            new { survivorId = survivor.Id, mergeId = merge.Id });
        outbox.Add(new LeadsUnmerged(survivor.Id, restored.Id, merge.Id) { TenantId = survivor.TenantId, OccurredAt = now });
        if (result.Cleared.Count > 0)
            outbox.Add(new LeadUpdated(survivor.Id, result.Cleared) { TenantId = survivor.TenantId, OccurredAt = now });

        await leads.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new UnmergeView(merge.Id, survivor.Id, restored.Id, status.ToString(), result.Cleared, result.Kept));
    }

    // The summary column holds 500 characters; the full lists are in the entry's data.
    private static string Fit(string summary) => summary.Length <= 500 ? summary : summary[..499] + "…";
}
