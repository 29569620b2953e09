using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// A CSV line that did not become a lead keeps no lead id, only the text as written: the only way to find the subject
/// in it is their address in that text. Matched on the normalised email (case aside) and the E.164 number; a line
/// that wrote the number nationally ("06 12 34 56 78") or misspelt the address is not found, which the erasure says.
/// </summary>
internal static class ImportErrorMatches
{
    public static async Task<IReadOnlyList<LeadImportError>> FindAsync(LeadsDbContext db, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(Guid, int), LeadImportError>();
        foreach (var address in addresses.Where(a => a.Length > 0))
        {
            var rows = await Matching(db, address).AsNoTracking().ToListAsync(cancellationToken);
            foreach (var row in rows)
                found.TryAdd((row.ImportId, row.Row), row);
        }
        return [.. found.Values.OrderBy(e => e.ImportId).ThenBy(e => e.Row)];
    }

    public static async Task<int> DeleteAsync(LeadsDbContext db, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var address in addresses.Where(a => a.Length > 0))
            deleted += await Matching(db, address).ExecuteDeleteAsync(cancellationToken);
        return deleted;
    }

    private static IQueryable<LeadImportError> Matching(LeadsDbContext db, string address)
    {
        var lowered = address.ToLowerInvariant();
        return db.Set<LeadImportError>().Where(e => e.Line.ToLower().Contains(lowered));
    }
}
