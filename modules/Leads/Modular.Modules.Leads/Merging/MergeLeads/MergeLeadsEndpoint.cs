using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Leads.UpdateLead;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Merging.MergeLeads;

/// <summary>
/// POST /api/v1/leads/{id}/merge: the client says two leads are the same person. The lead in the URL survives, as
/// named, even when it is the newer one (intake would keep the older): the client chose, and the merge log and the
/// response say which was older. The other lead is hidden behind it and can be unmerged.
/// </summary>
internal static class MergeLeadsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads/{id:guid}/merge", Handle)
            .WithSummary("Merges the lead named by duplicateId into this one: this one keeps its values and gains what it lacked.");

    private static async Task<Results<Ok<MergeView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MergeLeadsRequest request, HttpContext http, LeadsDbContext leads, IOutbox outbox, TimeProvider time, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (request.DuplicateId is not { } duplicateId)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["duplicateId"] = ["Name the lead to merge into this one."] });
        if (duplicateId == id)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["duplicateId"] = ["A lead cannot be merged into itself."] });

        var now = time.GetUtcNow();
        await using var transaction = await leads.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(leads, [id, duplicateId], now, cancellationToken);
        var survivor = await leads.Set<Lead>().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        var duplicate = await leads.Set<Lead>().SingleOrDefaultAsync(l => l.Id == duplicateId, cancellationToken);
        if (survivor is null || duplicate is null)
            return LeadProblems.NotFound("Lead", survivor is null ? id : duplicateId);
        if (new[] { survivor, duplicate }.FirstOrDefault(l => l.MergedIntoId is not null) is { } hidden)
            return EditableLead.Conflict("The lead is merged", $"Lead {hidden.Id} is already merged into lead {hidden.MergedIntoId}; merge active leads only.");
        if (survivor.IsTest != duplicate.IsTest)
            return EditableLead.Conflict("A test lead and a real one", "A test lead can only be merged with another test lead.");

        var before = duplicate.Status;
        var merge = LeadMerger.Merge(survivor, duplicate, "manual", now);
        var changed = FilledFields.Of(merge).ApiNames();
        var survivorIsOlder = (survivor.CreatedAt, survivor.Id).CompareTo((duplicate.CreatedAt, duplicate.Id)) < 0;
        leads.Add(merge);

        var actor = Actors.From(http.User);
        leads.Record(survivor.TenantId, survivor.Id, "lead.merged", survivorIsOlder
                ? "Another lead of the same person was merged into this one by hand."
                : "A lead created before this one was merged into it by hand (the client chose this one to keep).",
            actor, now, new { mergedId = duplicate.Id, mergeId = merge.Id, matchedOn = merge.MatchedOn, filled = changed, survivorIsOlder });
        MergedStatus.Record(leads, duplicate, survivor, merge, before, actor, now);
        outbox.Add(new LeadsMerged(survivor.Id, duplicate.Id, merge.Id) { TenantId = survivor.TenantId, OccurredAt = now });
        if (changed.Count > 0)
            outbox.Add(new LeadUpdated(survivor.Id, changed) { TenantId = survivor.TenantId, OccurredAt = now });

        await leads.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Merged, $"lead:{survivor.Id}", new Dictionary<string, string> { ["duplicateId"] = duplicate.Id.ToString() }, CancellationToken.None);
        return TypedResults.Ok(new MergeView(merge.Id, survivor.Id, duplicate.Id, changed, survivorIsOlder));
    }

    /// <summary>
    /// Takes the write lock on both leads before reading them, in a fixed order so two merges of the same pair cannot
    /// deadlock: on PostgreSQL a concurrent merge, unmerge or rectification of either waits, and the reads that follow
    /// see what it committed. SQLite's transactions already hold the database's write lock.
    /// </summary>
    private static async Task LockAsync(LeadsDbContext leads, IEnumerable<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var id in ids.Order())
            await leads.Set<Lead>().Where(l => l.Id == id).ExecuteUpdateAsync(l => l.SetProperty(x => x.UpdatedAt, now), cancellationToken);
    }
}
