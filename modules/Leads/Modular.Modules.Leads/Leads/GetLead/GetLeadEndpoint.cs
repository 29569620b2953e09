using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Leads.GetLead;

/// <summary>
/// GET /api/v1/leads/{id}: one lead with its timeline (everything every module recorded about it and about the
/// leads merged into it, newest first), its consent proofs and every source it came through.
/// </summary>
internal static class GetLeadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{id:guid}", Handle).WithSummary("Shows a lead with its timeline, consents and sources.")
            .RecordsAudit(AuditActions.Read, "lead");

    private static async Task<Results<Ok<LeadDetail>, ProblemHttpResult>> Handle(Guid id, LeadsDbContext leads, CancellationToken cancellationToken)
    {
        var lead = await leads.Set<Lead>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
            return LeadProblems.NotFound("Lead", id);

        var merged = await leads.Set<Lead>().AsNoTracking().Where(l => l.MergedIntoId == id).Select(l => new { l.Id, l.SourceId }).ToListAsync(cancellationToken);
        var family = merged.Select(m => m.Id).Append(id).ToList();
        var timeline = await leads.Set<TimelineEntry>().AsNoTracking().Where(e => family.Contains(e.LeadId)).ToListAsync(cancellationToken);
        var consents = await leads.Set<ConsentRecord>().AsNoTracking().Where(c => family.Contains(c.LeadId)).ToListAsync(cancellationToken);
        var tags = await LeadTags.ForAsync(leads, [id], cancellationToken);

        return TypedResults.Ok(new LeadDetail(
            LeadView.From(lead, [.. tags[id]]),
            [.. timeline.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(TimelineView.From)],
            [.. consents.OrderBy(c => c.GivenAt).Select(ConsentView.From)],
            [.. merged.Select(m => m.SourceId).Prepend(lead.SourceId).OfType<Guid>().Distinct()],
            [.. merged.Select(m => m.Id)]));
    }
}

/// <summary>A lead with everything known about it.</summary>
internal sealed record LeadDetail(
    LeadView Lead, IReadOnlyList<TimelineView> Timeline, IReadOnlyList<ConsentView> Consents, IReadOnlyList<Guid> Sources, IReadOnlyList<Guid> MergedLeads)
    : LeadView(Lead);

internal sealed record TimelineView(Guid Id, DateTimeOffset OccurredAt, string Module, string Type, string Summary, string? Actor, JsonElement? Data)
{
    public static TimelineView From(TimelineEntry entry) => new(
        entry.Id, entry.OccurredAt, entry.Module, entry.Type, entry.Summary, entry.Actor,
        entry.Data is null ? null : JsonSerializer.Deserialize<JsonElement>(entry.Data));
}

internal sealed record ConsentView(DateTimeOffset GivenAt, Guid? SourceId, string? IpAddress, string Text, IReadOnlyList<string> Purposes)
{
    public static ConsentView From(ConsentRecord consent) =>
        new(consent.GivenAt, consent.SourceId, consent.IpAddress, consent.Text, consent.Purposes.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
