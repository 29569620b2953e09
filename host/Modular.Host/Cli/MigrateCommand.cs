using System.CommandLine;
using Modular.Host.Data;
using Modular.Host.Platform;
using Modular.Host.Runtime;

namespace Modular.Host.Cli;

/// <summary>
/// <c>migrate</c>: brings the database up to date (platform tables, then each module's through its install hook)
/// and exits, so a deployment can migrate once before starting several instances.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(string[] args)
    {
        var migrate = new Command("migrate", "Apply the platform's and every module's database migrations, then exit.") { TreatUnmatchedTokensAsErrors = false };
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var app = ModularApp.Build(args[1..]);
            var database = app.Services.GetRequiredService<ModuleDatabase>();
            await app.Services.GetRequiredService<PlatformMigrator>().MigrateAsync(cancellationToken);

            var runtime = app.Services.GetRequiredService<ExtensionRuntime>();
            await runtime.LoadAllAsync(cancellationToken);
            var failed = runtime.Slots.Where(slot => slot.Status is ExtensionStatus.Malfunctioned).ToList();
            await runtime.StopAllAsync(cancellationToken);

            foreach (var slot in failed)
                Console.Error.WriteLine($"{slot.Id}: {slot.Reason}");
            Console.WriteLine($"Migrated the platform and {runtime.Slots.Count - failed.Count} modules and plugins on {database.Provider}.");
            return failed.Count == 0 ? 0 : 1;
        });
        return migrate;
    }
}
