using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Tenants;

/// <summary>
/// Reads tenant profiles for modules. Tenants are not tenant-owned rows, so no filter applies: the caller names the
/// tenant. Intake reads the profile for every lead, so profiles are kept a minute: a change of time zone or
/// default country reaches every instance within that minute.
/// </summary>
internal sealed class TenantDirectory(PlatformDbContext database, TenantProfileCache cache, TimeProvider time) : ITenantDirectory
{
    public async Task<TenantProfile?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (cache.TryGet(tenantId, now) is { } kept)
            return kept;
        var profile = await database.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new TenantProfile(t.Id, t.CompanyName, t.TimeZone, t.Locale, t.DefaultCountry))
            .SingleOrDefaultAsync(cancellationToken);
        if (profile is not null)
            cache.Keep(profile, now);
        return profile;
    }
}

/// <summary>The profiles <see cref="TenantDirectory"/> read lately, one process-wide copy.</summary>
internal sealed class TenantProfileCache
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, (TenantProfile Profile, DateTimeOffset ReadAt)> profiles = new();

    public TenantProfile? TryGet(Guid tenantId, DateTimeOffset now) =>
        profiles.TryGetValue(tenantId, out var kept) && now - kept.ReadAt < KeptFor ? kept.Profile : null;

    public void Keep(TenantProfile profile, DateTimeOffset now) => profiles[profile.Id] = (profile, now);
}
