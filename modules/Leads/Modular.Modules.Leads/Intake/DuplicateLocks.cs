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
/// already serialises writers (Microsoft.Data.Sqlite begins transactions IMMEDIATE); intakes additionally queue
/// in process, because a writer that finds SQLite's lock taken sleeps and retries instead of waiting its turn.
/// </summary>
internal static class DuplicateLocks
{
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    /// <summary>On SQLite, waits for this process's other intakes to commit; dispose after committing. Elsewhere a no-op.</summary>
    public static async Task<IDisposable> EnterWriterAsync(LeadsDbContext leads, CancellationToken cancellationToken)
    {
        if (DatabaseNaming.IsPostgres(leads.Database.ProviderName))
            return NoGate.Instance;
        await SqliteWriter.WaitAsync(cancellationToken);
        return new Gate();
    }

    public static async Task AcquireAsync(LeadsDbContext leads, Lead lead, CancellationToken cancellationToken)
    {
        if (!DatabaseNaming.IsPostgres(leads.Database.ProviderName))
            return;
        // Sorted, so two transactions wanting the same pair of locks take them in the same order and cannot deadlock.
        var keys = new[] { lead.EmailValid ? lead.Email : null, lead.PhoneValid ? lead.Phone : null }
            .OfType<string>().Select(identity => LockKey(lead.TenantId, identity)).Order().ToArray();
        // PostgreSQL evaluates a select list left to right: one round trip takes both, in order.
        if (keys is [var only])
            await leads.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({only})", cancellationToken);
        else if (keys is [var first, var second])
            await leads.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({first}), pg_advisory_xact_lock({second})", cancellationToken);
    }

    private static long LockKey(Guid tenantId, string identity) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"leads:{tenantId}:{identity}")), 0);

    private sealed class Gate : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                SqliteWriter.Release();
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
