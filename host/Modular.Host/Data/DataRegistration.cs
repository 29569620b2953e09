using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
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
        builder.RegisterType<PlatformMigrator>().AsSelf().SingleInstance();
    }
}

/// <summary>Applies the platform's migrations; modules apply their own in their install hook.</summary>
internal sealed class PlatformMigrator(ILifetimeScope root, ILogger<PlatformMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var context = scope.Resolve<PlatformDbContext>();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
            logger.LogInformation("Applied {Count} platform migrations on {Provider}", pending.Count, context.Database.ProviderName);
    }
}
