using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads.UpdateLead;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.Tags;

/// <summary>
/// The one way the client changes a lead's tags (replace, add or remove): the limits, the timeline entry and the
/// <see cref="LeadUpdated"/> event are the same whichever endpoint asked.
/// </summary>
internal sealed class TagEdits(LeadsDbContext leads, IOutbox outbox, TimeProvider time)
{
    public const int MaxTags = 20;
    public const int MaxLength = 50;

    /// <summary>What is wrong with a normalised tag, or null when it can be used.</summary>
    public static string? Problem(string tag) =>
        tag.Length == 0 ? "A tag cannot be blank."
        : tag.Length > MaxLength ? $"A tag holds at most {MaxLength} characters; '{tag[..20]}…' has {tag.Length}."
        : null;

    public async Task<Results<Ok<TagsView>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid leadId, Func<IReadOnlyList<string>, IEnumerable<string>> change, string actor, CancellationToken cancellationToken)
    {
        var (lead, problem) = await EditableLead.FindAsync(leads, leadId, cancellationToken);
        if (lead is null)
            return problem!;

        var rows = await leads.Set<LeadTag>().Where(t => t.LeadId == leadId).ToListAsync(cancellationToken);
        var current = rows.Select(t => t.Tag).ToList();
        var wanted = change(current).Distinct().Order(StringComparer.Ordinal).ToList();
        if (wanted.Count > MaxTags)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tags"] = [$"A lead holds at most {MaxTags} tags; this would leave {wanted.Count}."] });

        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (added.Count + removed.Count == 0)
            return TypedResults.Ok(new TagsView(wanted));

        leads.RemoveRange(rows.Where(r => removed.Contains(r.Tag)));
        leads.AddRange(added.Select(tag => new LeadTag { LeadId = leadId, TenantId = lead.TenantId, Tag = tag }));
        var now = time.GetUtcNow();
        lead.UpdatedAt = now;
        leads.Record(lead.TenantId, lead.Id, "lead.tagged", $"{added.Count} tag(s) added, {removed.Count} removed.", actor, now, new { added, removed });
        outbox.Add(new LeadUpdated(lead.Id, ["tags"]) { TenantId = lead.TenantId, OccurredAt = now });
        try
        {
            await leads.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two changes to the same lead's tags crossed (both added the same tag); neither half of this one was stored.
            return EditableLead.Conflict("The tags changed meanwhile", "Another change to this lead's tags was saved first; read them and send yours again.");
        }
        return TypedResults.Ok(new TagsView(wanted));
    }
}
