namespace Modular.Modules.Privacy.Shared;

/// <summary>The scopes the Privacy API requires, declared in module.json; neither is granted to members, since requests and the trail name who is concerned.</summary>
internal static class PrivacyScopes
{
    public const string Manage = "privacy:manage";
    public const string Read = "privacy:read";
}
