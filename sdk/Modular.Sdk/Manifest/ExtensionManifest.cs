namespace Modular.Sdk.Manifest;

/// <summary>
/// What the host reads from <c>module.json</c> or <c>plugin.json</c> before loading any code.
/// </summary>
public sealed record ExtensionManifest
{
    /// <summary>Stable identifier, lower case, also the name of the folder the extension is deployed in (for example <c>leads</c> or <c>crm.hubspot</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Module or plugin; set by the host from the manifest's file name.</summary>
    public ExtensionKind Kind { get; init; }

    /// <summary>Human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>One sentence on what it does.</summary>
    public string? Description { get; init; }

    /// <summary>File name of the assembly holding the <see cref="Modules.IModule"/> entry, relative to the folder.</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>Version of the build. When absent the host reads the entry assembly's informational version.</summary>
    public string? Version { get; init; }

    /// <summary>SDK version the extension was built against. When absent the host reads it from the entry assembly's reference to <c>Modular.Sdk</c>.</summary>
    public string? SdkVersion { get; init; }

    /// <summary>Ids of modules or plugins that must be active before this one starts.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>For plugins: the personal data the plugin sends out, to whom and where. The Privacy module builds the records of processing from these.</summary>
    public IReadOnlyList<PersonalDataFlow> PersonalData { get; init; } = [];

    /// <summary>The scopes its endpoints require, which API keys may be granted and which roles hold.</summary>
    public IReadOnlyList<ScopeDeclaration> Scopes { get; init; } = [];
}
