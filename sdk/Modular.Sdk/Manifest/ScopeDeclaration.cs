namespace Modular.Sdk.Manifest;

/// <summary>
/// A permission an extension's endpoints require (<c>RequireAuthorization("leads:write")</c>), declared in its
/// manifest so API keys can be granted it and users' roles map to it. Owners and admins hold every scope.
/// </summary>
public sealed record ScopeDeclaration
{
    /// <summary>The scope, <c>area:action</c> in lower case, for example <c>leads:read</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What it allows, shown to whoever creates an API key.</summary>
    public string? Description { get; init; }

    /// <summary>Whether members (sales reps) hold it; owners and admins always do.</summary>
    public bool GrantedToMembers { get; init; }
}
