using Microsoft.EntityFrameworkCore;

namespace Modular.Modules.Leads.Leads;

/// <summary>
/// A lead as other modules mean it: one merged into another stands for the lead it was merged into, which every
/// later message, report and outcome is about.
/// </summary>
internal static class LeadSurvivors
{
    // Merges chain when a survivor is merged in turn; the bound stops a corrupt cycle from looping for ever.
    private const int MaxMergeHops = 10;

    /// <summary>The lead with <paramref name="id"/>, or the lead it was merged into; null when there is none.</summary>
    public static async Task<Lead?> FindAsync(IQueryable<Lead> leads, Guid id, CancellationToken cancellationToken)
    {
        var lead = await leads.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        for (var hop = 0; lead?.MergedIntoId is { } survivor && hop < MaxMergeHops; hop++)
            lead = await leads.FirstOrDefaultAsync(l => l.Id == survivor, cancellationToken);
        return lead;
    }
}
