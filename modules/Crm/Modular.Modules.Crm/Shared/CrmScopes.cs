namespace Modular.Modules.Crm.Shared;

/// <summary>The scopes the Crm API requires, declared in module.json.</summary>
internal static class CrmScopes
{
    public const string Manage = "crm:manage";
    public const string Read = "crm:read";
    public const string Write = "crm:write";
}
