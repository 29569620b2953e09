using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
using Modular.Host.Platform.Secrets;
using Modular.Host.Platform.Users;
using Modular.Sdk.Data;

namespace Modular.Host.Data;

/// <summary>Wires the database: the provider-aware configuration modules use, and the platform's own context.</summary>
internal static class DataRegistration
{
    public static void RegisterDatabase(this ContainerBuilder builder, IConfiguration configuration)
    {
        builder.Register(_ => DatabaseOptions.From(configuration)).SingleInstance();
        builder.RegisterType<ModuleDatabase>().AsSelf().As<IModuleDatabase>().SingleInstance();
        builder.RegisterModuleDbContext<PlatformDbContext>(PlatformDbContext.Id);
        // Identity's context cannot derive from ModuleDbContext, so it is registered the same way by hand.
        builder.Register(c =>
            {
                var options = new DbContextOptionsBuilder<UsersDbContext>();
                c.Resolve<IModuleDatabase>().Configure(options, UsersDbContext.Id, c.ResolveKeyed<ModuleEfServices>(typeof(PlatformDbContext)).Services);
                return options.Options;
            })
            .SingleInstance();
        builder.RegisterType<UsersDbContext>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<PlatformMigrator>().AsSelf().SingleInstance();
    }
}

/// <summary>Applies the host's migrations (platform, users, data protection keys); modules apply their own in their install hook.</summary>
internal sealed class PlatformMigrator(ILifetimeScope root, ILogger<PlatformMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        foreach (DbContext context in new DbContext[] { scope.Resolve<PlatformDbContext>(), scope.Resolve<UsersDbContext>(), scope.Resolve<KeysDbContext>() })
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            if (pending.Count > 0)
                logger.LogInformation("Applied {Count} migrations of {Context} on {Provider}", pending.Count, context.GetType().Name, context.Database.ProviderName);
        }
    }
}
