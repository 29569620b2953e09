namespace Modular.Sdk.Platform;

/// <summary>What a module may read of a tenant's users: who can be assigned leads and alerted.</summary>
public interface ITenantUsers
{
    /// <summary>The tenant's users, oldest first; another tenant's id answers an empty list.</summary>
    Task<IReadOnlyList<TenantUser>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

/// <summary>A user as modules see it.</summary>
/// <param name="Id">The user's id, the value of their <c>NameIdentifier</c> claim.</param>
/// <param name="Email">Sign-in email address.</param>
/// <param name="PhoneNumber">Phone number, when the user gave one.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Role"><c>Owner</c>, <c>Admin</c> or <c>Member</c> (a sales rep).</param>
/// <param name="Active">False while an invitation is pending: the user cannot sign in yet.</param>
public sealed record TenantUser(Guid Id, string Email, string? PhoneNumber, string? FirstName, string? LastName, string Role, bool Active);
