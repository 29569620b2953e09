using System.Collections;
using Autofac;

namespace Modular.Host.Runtime;

/// <summary>
/// Resolves MediatR handlers from the host and from every active module and plugin scope, so a handler in any
/// module answers a request or receives an event sent from any other, and a swapped-out version stops receiving
/// them the moment it leaves the active set. Only handlers a version registered itself are taken from its scope:
/// its scope also sees the host's registrations, which must not be counted once per module.
/// </summary>
internal sealed class ActiveScopesServiceFactory(ILifetimeScope root, Func<IEnumerable<LoadedExtension>> active)
{
    public object Resolve(Type serviceType)
    {
        if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            return ResolveAll(serviceType, serviceType.GetGenericArguments()[0]);

        foreach (var extension in active())
        {
            if (extension.Scope.TryResolve(serviceType, out var instance) && IsOwnedBy(instance, extension))
                return instance;
        }

        return root.TryResolve(serviceType, out var fromHost)
            ? fromHost
            : throw new InvalidOperationException($"No active module handles {serviceType}.");
    }

    public object ResolveAll(Type enumerableType, Type elementType)
    {
        var found = ((IEnumerable)root.Resolve(enumerableType)).Cast<object>().ToList();
        foreach (var extension in active())
            found.AddRange(((IEnumerable)extension.Scope.Resolve(enumerableType)).Cast<object>().Where(item => IsOwnedBy(item, extension)));

        var typed = Array.CreateInstance(elementType, found.Count);
        for (var i = 0; i < found.Count; i++)
            typed.SetValue(found[i], i);
        return typed;
    }

    private static bool IsOwnedBy(object instance, LoadedExtension extension) =>
        System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(instance.GetType().Assembly) == extension.LoadContext;
}
