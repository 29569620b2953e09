using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>Reads and writes users' alert preferences in the current tenant.</summary>
internal sealed class AlertPreferenceStore(QualificationDbContext db, ICurrentTenant tenant)
{
    public async Task<AlertPreferences> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<AlertPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return stored is null ? AlertPreferences.Default : ToPreferences(stored);
    }

    public async Task SaveAsync(Guid userId, AlertPreferences preferences, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Set<AlertPreference>().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (stored is null)
        {
            stored = new AlertPreference { TenantId = tenant.RequiredTenantId, UserId = userId, Channels = "", Verdicts = "" };
            db.Add(stored);
        }
        stored.Channels = string.Join(',', preferences.Channels);
        stored.Verdicts = string.Join(',', preferences.Verdicts);
        stored.QuietFrom = preferences.QuietHours?.From.ToString("HH:mm");
        stored.QuietTo = preferences.QuietHours?.To.ToString("HH:mm");
        stored.Phone = preferences.Phone;
        stored.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AlertPreferences ToPreferences(AlertPreference stored) => new(
        Split(stored.Channels),
        Split(stored.Verdicts),
        stored.QuietFrom is { } from && stored.QuietTo is { } to ? new QuietHours(TimeOnly.ParseExact(from, "HH:mm"), TimeOnly.ParseExact(to, "HH:mm")) : null,
        stored.Phone);

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
