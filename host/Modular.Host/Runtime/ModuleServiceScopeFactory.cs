using Autofac;
using Autofac.Extensions.DependencyInjection;

namespace Modular.Host.Runtime;

/// <summary>
/// Scopes created inside a module (<c>IServiceProvider.CreateScope()</c>, as EF Core, hosted work and the module's
/// own hooks do) must be children of the module's scope: the host's factory would open them on the root
/// container, where none of the module's services exist.
/// </summary>
internal sealed class ModuleServiceScopeFactory(ILifetimeScope scope) : IServiceScopeFactory
{
    public IServiceScope CreateScope() => new ModuleServiceScope(scope.BeginLifetimeScope());

    private sealed class ModuleServiceScope(ILifetimeScope lifetimeScope) : IServiceScope, IAsyncDisposable
    {
        public IServiceProvider ServiceProvider { get; } = new AutofacServiceProvider(lifetimeScope);

        public void Dispose() => lifetimeScope.Dispose();

        public ValueTask DisposeAsync() => lifetimeScope.DisposeAsync();
    }
}
