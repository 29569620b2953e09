using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Tenants;

/// <summary>Reads tenant profiles for modules. Tenants are not tenant-owned rows, so no filter applies: the caller names the tenant.</summary>
internal sealed class TenantDirectory(PlatformDbContext database) : ITenantDirectory
{
    public Task<TenantProfile?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        database.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new TenantProfile(t.Id, t.CompanyName, t.TimeZone, t.Locale, t.DefaultCountry))
            .SingleOrDefaultAsync(cancellationToken);
}
