using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// The leads merged with some leads, both ways and through chains: a later submission merged into a survivor is the
/// same person even when it carried another address (a new phone number), and so is the survivor a match was merged into.
/// </summary>
internal static class MergeFamily
{
    // Merges chain when a survivor is merged in turn; the bound stops a corrupt cycle from looping for ever.
    private const int MaxMergeHops = 10;

    public static async Task<IReadOnlyList<Lead>> WithMergedAsync(IQueryable<Lead> leads, IReadOnlyList<Lead> found, CancellationToken cancellationToken)
    {
        var family = found.ToDictionary(l => l.Id);
        var frontier = found;
        for (var hop = 0; hop < MaxMergeHops && frontier.Count > 0; hop++)
        {
            var ids = frontier.Select(l => l.Id).ToList();
            var survivors = frontier.Select(l => l.MergedIntoId).OfType<Guid>().Where(id => !family.ContainsKey(id)).ToList();
            var next = await leads
                .Where(l => (l.MergedIntoId != null && ids.Contains(l.MergedIntoId.Value)) || survivors.Contains(l.Id))
                .ToListAsync(cancellationToken);
            frontier = [.. next.Where(l => family.TryAdd(l.Id, l))];
        }
        return [.. family.Values];
    }
}
