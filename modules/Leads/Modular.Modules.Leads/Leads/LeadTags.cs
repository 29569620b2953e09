using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>Reads the tags of a page of leads in one query.</summary>
internal static class LeadTags
{
    public static async Task<ILookup<Guid, string>> ForAsync(LeadsDbContext leads, IReadOnlyCollection<Guid> leadIds, CancellationToken cancellationToken) =>
        (await leads.Set<LeadTag>().AsNoTracking().Where(t => leadIds.Contains(t.LeadId)).OrderBy(t => t.Tag).ToListAsync(cancellationToken))
            .ToLookup(t => t.LeadId, t => t.Tag);

    public static string Normalise(string tag) => tag.Trim().ToLowerInvariant();
}
