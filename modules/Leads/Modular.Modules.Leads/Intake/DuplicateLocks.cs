using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Intake;

/// <summary>
/// Two submissions of the same person arriving together must not both find "no earlier lead" and both be created.
/// On PostgreSQL each holds transaction-scoped advisory locks on its email and phone until it commits. SQLite
/// already serialises writers (Microsoft.Data.Sqlite begins transactions IMMEDIATE, and the host queues this
/// process's write transactions), so the lookup of one intake sees every lead committed before it.
/// </summary>
internal static class DuplicateLocks
{

    /// <summary>
    /// Locks the valid emails and phones of <paramref name="batch"/> until the transaction ends. Take them before looking
    /// for earlier leads: a lead of the same person committed meanwhile by another intake is then visible to the lookup.
    /// </summary>
    public static async Task AcquireAsync(LeadsDbContext leads, IEnumerable<Lead> batch, CancellationToken cancellationToken)
    {
        if (!DatabaseNaming.IsPostgres(leads.Database.ProviderName))
            return;
        var keys = batch
            .SelectMany(lead => new[] { lead.EmailValid ? lead.Email : null, lead.PhoneValid ? lead.Phone : null }.OfType<string>().Select(identity => LockKey(lead.TenantId, identity)))
            .Distinct().ToArray();
        if (keys.Length == 0)
            return;
        // One round trip for any number of keys. Taken in ascending order (PostgreSQL evaluates the select list after
        // the sort), so two transactions that want overlapping keys wait for each other instead of deadlocking.
        await leads.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({keys}) AS k ORDER BY k", cancellationToken);
    }

    private static long LockKey(Guid tenantId, string identity) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"leads:{tenantId}:{identity}")), 0);
}
