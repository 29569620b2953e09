namespace Modular.Host.Platform.Users;

/// <summary>A user as their tenant's other users see them.</summary>
internal sealed record UserView(Guid Id, string Email, string Role, string? FirstName, string? LastName, DateTimeOffset CreatedAt, bool InvitationPending, bool LockedOut)
{
    public static UserView From(User user, DateTimeOffset now) =>
        new(user.Id, user.Email ?? "", user.Role.ToString(), user.FirstName, user.LastName, user.CreatedAt, user.PasswordHash is null, user.LockoutEnd > now);
}
