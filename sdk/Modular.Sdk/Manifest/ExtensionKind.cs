namespace Modular.Sdk.Manifest;

/// <summary>Whether a loadable unit is a module (a bounded context) or a plugin (an adapter for an extension point).</summary>
public enum ExtensionKind
{
    /// <summary>A bounded context of the product, described by <c>module.json</c>.</summary>
    Module,

    /// <summary>An adapter for an SDK extension point, described by <c>plugin.json</c>.</summary>
    Plugin,
}
