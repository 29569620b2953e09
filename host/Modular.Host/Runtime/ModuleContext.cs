using Microsoft.Extensions.Configuration;
using Modular.Sdk.Manifest;
using Modular.Sdk.Modules;

namespace Modular.Host.Runtime;

internal sealed record ModuleContext(ExtensionManifest Manifest, string Directory, IConfiguration Configuration) : IModuleContext;
