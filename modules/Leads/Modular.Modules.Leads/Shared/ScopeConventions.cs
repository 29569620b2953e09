namespace Modular.Modules.Leads.Shared;

/// <summary>The scopes the Leads module declares in module.json; route groups require them through the SDK's <c>EndpointScopes.RequireScopes</c>.</summary>
internal static class ScopeConventions
{
    public const string LeadsRead = "leads:read";
    public const string LeadsWrite = "leads:write";
    public const string SourcesManage = "sources:manage";
}
