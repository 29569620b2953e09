using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Users;

/// <summary>Lists a tenant's users for modules. Users are not behind the tenant filter (see <see cref="User"/>), so the query names the tenant.</summary>
internal sealed class TenantUsers(UsersDbContext users) : ITenantUsers
{
    public async Task<IReadOnlyList<TenantUser>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await users.Users.AsNoTracking().Where(u => u.TenantId == tenantId).OrderBy(u => u.CreatedAt).ToListAsync(cancellationToken))
            .Select(u => new TenantUser(u.Id, u.Email ?? "", u.PhoneNumber, u.FirstName, u.LastName, u.Role.ToString(), u.InvitedAt is null))
            .ToList();
}
