using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scheduling;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.ContactWindows;

/// <summary>The tenant's contact window: what it set, or the French default (Monday–Saturday 08:00–20:00, no holidays) in its own time zone.</summary>
internal sealed class WindowStore(QualificationDbContext db, ICurrentTenant tenant, ITenantDirectory tenants)
{
    public async Task<ContactWindow> GetAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Set<WindowSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
            return ToWindow(stored);

        var profile = tenant.TenantId is { } id ? await tenants.FindAsync(id, cancellationToken) : null;
        return profile is null || !ContactWindow.TryFindZone(profile.TimeZone, out _)
            ? ContactWindow.Default
            : ContactWindow.Default with { TimeZoneId = profile.TimeZone };
    }

    public async Task SaveAsync(ContactWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Set<WindowSettings>().FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            stored = new WindowSettings { TenantId = tenant.TenantId!.Value, TimeZone = "", Days = "", From = "", To = "" };
            db.Add(stored);
        }
        stored.TimeZone = window.TimeZoneId;
        stored.Days = string.Join(',', WeekDays.Names(window.Days));
        stored.From = window.From.ToString("HH:mm");
        stored.To = window.To.ToString("HH:mm");
        stored.ExcludeHolidays = window.ExcludePublicHolidays;
        stored.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ContactWindow ToWindow(WindowSettings stored) => new(
        stored.TimeZone,
        WeekDays.Parse(stored.Days.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(),
        TimeOnly.ParseExact(stored.From, "HH:mm"),
        TimeOnly.ParseExact(stored.To, "HH:mm"),
        stored.ExcludeHolidays);
}
