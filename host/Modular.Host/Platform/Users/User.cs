using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Users;

/// <summary>
/// A person who signs in to a tenant. Emails are unique across tenants because sign-in happens before the tenant
/// is known; for the same reason users are not behind the automatic tenant filter, and every user endpoint
/// scopes its queries to the caller's tenant itself (the tenant-isolation tests prove it).
/// </summary>
internal sealed class User : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }
    public UserRole Role { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set while an invitation is pending: the user exists but has no password yet.</summary>
    public DateTimeOffset? InvitedAt { get; set; }
}
