using Microsoft.Extensions.Configuration;
using Modular.Sdk.Manifest;

namespace Modular.Sdk.Modules;

/// <summary>What the host tells a module about itself while loading it.</summary>
public interface IModuleContext
{
    /// <summary>The manifest the host read, with version and SDK version resolved.</summary>
    ExtensionManifest Manifest { get; }

    /// <summary>The folder the extension was loaded from.</summary>
    string Directory { get; }

    /// <summary>The configuration section <c>Extensions:&lt;id&gt;</c>.</summary>
    IConfiguration Configuration { get; }
}
