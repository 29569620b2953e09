using Microsoft.AspNetCore.Identity;
using Modular.Host.Platform.Tenants;

namespace Modular.Host.Platform.Users;

/// <summary>
/// Creates users and tenants with their owner; shared by sign-up, invitations and the CLI so the password rules
/// and the order of writes are the same everywhere.
/// </summary>
internal sealed class UserAccounts(UserManager<User> users, TenantRegistration tenants, PlatformDbContext platform, TimeProvider time)
{
    /// <summary>Creates a user with a password, or (without one) an invited user who sets it by accepting the invitation.</summary>
    public async Task<(User? User, IdentityResult Result)> CreateAsync(Guid tenantId, string email, string? password, UserRole role, string? firstName, string? lastName)
    {
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            UserName = email,
            Email = email,
            Role = role,
            FirstName = firstName,
            LastName = lastName,
            CreatedAt = time.GetUtcNow(),
            InvitedAt = password is null ? time.GetUtcNow() : null,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        return result.Succeeded ? (user, result) : (null, result);
    }

    /// <summary>
    /// Creates a tenant and its owner. The password is checked before anything is written; should the user still
    /// be refused (a taken email), the tenant is removed again, so a failed sign-up leaves nothing behind.
    /// </summary>
    public async Task<(Tenant? Tenant, User? Owner, IdentityResult Result)> SignUpAsync(NewTenant request, string password, CancellationToken cancellationToken)
    {
        var probe = new User { UserName = request.Email, Email = request.Email };
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, probe, password);
            if (!check.Succeeded)
                return (null, null, check);
        }

        var tenant = await tenants.CreateAsync(request, cancellationToken);
        var (owner, result) = await CreateAsync(tenant.Id, request.Email, password, UserRole.Owner, request.ContactFirstName, request.ContactLastName);
        if (owner is null)
        {
            platform.Tenants.Remove(tenant);
            await platform.SaveChangesAsync(cancellationToken);
            return (null, null, result);
        }
        return (tenant, owner, result);
    }
}
