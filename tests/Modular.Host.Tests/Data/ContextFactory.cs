using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Host.Data;
using Modular.Host.Platform;
using Modular.Host.Platform.Secrets;
using Modular.Host.Platform.Users;

namespace Modular.Host.Tests.Data;

/// <summary>Builds each of the host's DbContexts, configured as the host configures them, for a given database.</summary>
internal static class ContextFactory
{
    /// <summary>Every context the host migrates; a new one must be added here so the schema tests cover it.</summary>
    public static readonly IReadOnlyDictionary<string, Func<DatabaseOptions, DbContext>> HostContexts = new Dictionary<string, Func<DatabaseOptions, DbContext>>
    {
        [PlatformDbContext.Id] = options => new PlatformDbContext(Configure<PlatformDbContext>(options, PlatformDbContext.Id)),
        [UsersDbContext.Id] = options => new UsersDbContext(Configure<UsersDbContext>(options, UsersDbContext.Id)),
        [KeysDbContext.Id] = options => new KeysDbContext(Configure<KeysDbContext>(options, KeysDbContext.Id)),
    };

    public static DatabaseOptions Sqlite(string path) => Options(new() { ["ConnectionStrings:Modular"] = $"Data Source={path};Pooling=False" });

    public static DatabaseOptions Postgres(string connectionString) =>
        Options(new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString });

    private static DatabaseOptions Options(Dictionary<string, string?> settings) =>
        DatabaseOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static DbContextOptions<TContext> Configure<TContext>(DatabaseOptions options, string id)
        where TContext : DbContext => ModuleContextOptions.Configure<TContext>(options, id);
}
