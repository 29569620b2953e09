using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Intake;

/// <summary>
/// Two submissions of the same person arriving together must not both find "no earlier lead" and both be created.
/// On PostgreSQL each holds a transaction-scoped advisory lock on its email and phone until it commits; SQLite's
/// transactions already take the write lock at BEGIN (Microsoft.Data.Sqlite begins IMMEDIATE), so writers queue.
/// </summary>
internal static class DuplicateLocks
{
    public static async Task AcquireAsync(LeadsDbContext leads, Lead lead, CancellationToken cancellationToken)
    {
        if (!DatabaseNaming.IsPostgres(leads.Database.ProviderName))
            return;
        // Sorted, so two transactions wanting the same pair of locks take them in the same order and cannot deadlock.
        foreach (var key in new[] { lead.EmailValid ? lead.Email : null, lead.PhoneValid ? lead.Phone : null }.OfType<string>().Select(v => LockKey(lead.TenantId, v)).Order())
            await leads.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    private static long LockKey(Guid tenantId, string identity) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"leads:{tenantId}:{identity}")), 0);
}
