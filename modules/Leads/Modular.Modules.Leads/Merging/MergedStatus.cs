using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Timeline;

namespace Modular.Modules.Leads.Merging;

/// <summary>
/// What a lead's status was before a merge hid it, kept in the merged lead's own timeline entry so an unmerge can
/// give it back (a manual merge may hide a lead that was already contacted or won). Intake merges a lead that was
/// just received, which was New.
/// </summary>
internal static class MergedStatus
{
    public const string MergedIntoType = "lead.merged-into";

    public static void Record(LeadsDbContext leads, Lead merged, Lead survivor, LeadMerge merge, LeadStatus before, string actor, DateTimeOffset now) =>
        leads.Record(merged.TenantId, merged.Id, MergedIntoType, "Merged into another lead by hand.", actor, now,
            new MergedInto(survivor.Id, merge.Id, before.ToString()));

    public static async Task<LeadStatus> BeforeAsync(LeadsDbContext leads, Guid mergedId, Guid mergeId, CancellationToken cancellationToken)
    {
        var entries = await leads.Set<TimelineEntry>().AsNoTracking()
            .Where(e => e.LeadId == mergedId && e.Type == MergedIntoType && e.Data != null)
            .Select(e => e.Data!).ToListAsync(cancellationToken);
        var recorded = entries.Select(data => JsonSerializer.Deserialize<MergedInto>(data, JsonSerializerOptions.Web)).FirstOrDefault(m => m?.MergeId == mergeId);
        return Enum.TryParse<LeadStatus>(recorded?.PreviousStatus, out var status) && status != LeadStatus.Merged ? status : LeadStatus.New;
    }

    private sealed record MergedInto(Guid SurvivorId, Guid MergeId, string PreviousStatus);
}
