namespace Modular.Modules.Qualification.Shared;

/// <summary>The scopes declared in module.json.</summary>
internal static class ScopeNames
{
    public const string Read = "qualification:read";
    public const string Write = "qualification:write";
    public const string ScenariosManage = "scenarios:manage";
}
