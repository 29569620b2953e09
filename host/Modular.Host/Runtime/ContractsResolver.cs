using System.Reflection;
using System.Runtime.Loader;

namespace Modular.Host.Runtime;

/// <summary>
/// The host references no module, so a module's Contracts assembly is not on its probing path. The first time any
/// context needs one, the default context loads it from the extension folder that ships it; from then on every
/// module sees the same contract types. Contracts are never unloaded, which is why they hold only events and DTOs.
/// </summary>
internal sealed class ContractsResolver
{
    private readonly Func<IEnumerable<string>> folders;

    public ContractsResolver(Func<IEnumerable<string>> folders)
    {
        this.folders = folders;
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || !SharedAssemblies.IsContracts(name.Name))
            return null;

        var path = folders()
            .Select(folder => Path.Combine(folder, name.Name + ".dll"))
            .FirstOrDefault(File.Exists);
        return path is null ? null : context.LoadFromAssemblyPath(path);
    }
}
