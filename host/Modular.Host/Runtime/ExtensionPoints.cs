using Modular.Sdk.Platform;

namespace Modular.Host.Runtime;

/// <summary>Extension points are looked up the way MediatR handlers are: from the host and every active version's own registrations.</summary>
internal sealed class ExtensionPoints(ActiveScopesServiceFactory activeScopes) : IExtensionPoints
{
    public IReadOnlyList<T> All<T>() where T : class =>
        (T[])activeScopes.ResolveAll(typeof(IEnumerable<T>), typeof(T));
}
