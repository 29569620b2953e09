using Autofac;
using Modular.Host.Data;

namespace Modular.Host.Cli;

/// <summary>Runs a verb against the platform's database: migrates it first, then hands the verb a scope to work in.</summary>
internal static class PlatformCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configurationArguments, Func<ILifetimeScope, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var app = ModularApp.Build([.. configurationArguments]);
        await app.Services.GetRequiredService<PlatformMigrator>().MigrateAsync(cancellationToken);
        await using var scope = app.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        return await work(scope, cancellationToken);
    }
}
