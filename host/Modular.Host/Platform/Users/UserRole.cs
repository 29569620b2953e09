namespace Modular.Host.Platform.Users;

/// <summary>What a user may do in their tenant.</summary>
internal enum UserRole
{
    /// <summary>Created the account; manages billing, users and everything else.</summary>
    Owner,

    /// <summary>Manages users and settings.</summary>
    Admin,

    /// <summary>A sales rep: works the leads.</summary>
    Member,
}
