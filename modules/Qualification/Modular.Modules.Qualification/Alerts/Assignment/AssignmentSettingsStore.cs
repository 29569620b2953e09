using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>Reads and changes the tenant's assignment settings row, which assignments also update (the round robin's place).</summary>
internal sealed class AssignmentSettingsStore(QualificationDbContext db, ICurrentTenant tenant, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<AssignmentSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.Set<AssignmentSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken)
        ?? new AssignmentSettings { TenantId = tenant.RequiredTenantId };

    /// <summary>
    /// Applies <paramref name="change"/> to the stored row (created when missing) and saves it. A lead assigned at
    /// the same moment moves the revision: the change is applied again to what that assignment left.
    /// </summary>
    public async Task UpdateAsync(Action<AssignmentSettings> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var settings = await db.Set<AssignmentSettings>().FirstOrDefaultAsync(cancellationToken);
            if (settings is null)
            {
                settings = new AssignmentSettings { TenantId = tenant.RequiredTenantId };
                db.Add(settings);
            }
            change(settings);
            settings.Revision++;
            settings.UpdatedAt = time.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A concurrent update (revision) or a concurrent first row (primary key): read again and reapply.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Keeps the public URL a client reached the server at, for links in alerts; writes only when it changed.</summary>
    public async Task RememberPublicBaseUrlAsync(string publicBaseUrl, CancellationToken cancellationToken)
    {
        if ((await GetAsync(cancellationToken)).PublicBaseUrl != publicBaseUrl)
            await UpdateAsync(s => s.PublicBaseUrl = publicBaseUrl, cancellationToken);
    }

    public static IReadOnlyList<AssignmentRule> ReadRules(AssignmentSettings settings) =>
        JsonSerializer.Deserialize<List<AssignmentRule>>(settings.Rules, JsonSerializerOptions.Web) ?? [];

    public static string WriteRules(IReadOnlyList<AssignmentRule> rules) => JsonSerializer.Serialize(rules, JsonSerializerOptions.Web);
}
