using Autofac;
using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>Registers a module's DbContext in its Autofac scope.</summary>
public static class ModuleDataRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> per request (lifetime scope), configured by the platform for
    /// <paramref name="moduleId"/>. The context's constructor takes <c>DbContextOptions&lt;TContext&gt;</c>.
    /// </summary>
    public static void RegisterModuleDbContext<TContext>(this ContainerBuilder builder, string moduleId)
        where TContext : ModuleDbContext
    {
        // EF Core's internal services (and so its model and query caches) belong to the context's own registration:
        // shared with the host, they would keep an unloaded module version's types alive.
        builder.Register(c => new ModuleEfServices(c.Resolve<IModuleDatabase>().CreateInternalServiceProvider()))
            .Keyed<ModuleEfServices>(typeof(TContext))
            .SingleInstance();
        builder.Register(c =>
            {
                var options = new DbContextOptionsBuilder<TContext>();
                c.Resolve<IModuleDatabase>().Configure(options, moduleId, c.ResolveKeyed<ModuleEfServices>(typeof(TContext)).Services);
                return options.Options;
            })
            .As<DbContextOptions<TContext>>()
            .SingleInstance();
        builder.RegisterType<TContext>().AsSelf().InstancePerLifetimeScope();
    }
}

/// <summary>EF Core's internal services of one module version, disposed with the version's scope.</summary>
/// <param name="Services">The provider built by <see cref="IModuleDatabase.CreateInternalServiceProvider"/>.</param>
public sealed record ModuleEfServices(IServiceProvider Services) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => (Services as IDisposable)?.Dispose();
}
