using System.Runtime.Loader;
using Autofac;
using Modular.Host.Runtime;

namespace Modular.Host.Api.Documentation;

/// <summary>
/// Tells ApiExplorer which handler parameters are services rather than request data. A module's handler may take a
/// service only its own scope knows; asked of the host alone, such a parameter would be described as a request body.
/// A container remembers every type it is asked about, for good: a module's type is therefore asked only of the
/// module version that owns it, never of the host, whose container would otherwise keep that version in memory.
/// </summary>
internal sealed class EndpointServices(IServiceProvider host, ExtensionRuntime runtime) : IServiceProviderIsService
{
    public bool IsService(Type serviceType)
    {
        if (ModuleContextOf(serviceType) is { } moduleContext)
            return runtime.Active.FirstOrDefault(extension => extension.LoadContext == moduleContext)?.Scope.IsRegistered(serviceType) == true;

        return host.GetRequiredService<IServiceProviderIsService>().IsService(serviceType)
            || runtime.Active.Any(extension => extension.Scope.IsRegistered(serviceType));
    }

    private static AssemblyLoadContext? ModuleContextOf(Type type) =>
        AssemblyLoadContext.GetLoadContext(type.Assembly) is { IsCollectible: true } context ? context
        : type.IsGenericType ? type.GetGenericArguments().Select(ModuleContextOf).FirstOrDefault(context => context is not null)
        : type.HasElementType ? ModuleContextOf(type.GetElementType()!)
        : null;
}
