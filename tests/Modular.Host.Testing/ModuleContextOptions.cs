using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Host.Data;

namespace Modular.Host.Testing;

/// <summary>A module's DbContext options, configured exactly as the host configures them, for a database a test chooses.</summary>
public static class ModuleContextOptions
{
    public static DbContextOptions<TContext> Sqlite<TContext>(string path, string moduleId)
        where TContext : DbContext =>
        FromSettings<TContext>(new() { ["ConnectionStrings:Modular"] = $"Data Source={path};Pooling=False" }, moduleId);

    public static DbContextOptions<TContext> Postgres<TContext>(string connectionString, string moduleId)
        where TContext : DbContext =>
        FromSettings<TContext>(new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString }, moduleId);

    private static DbContextOptions<TContext> FromSettings<TContext>(Dictionary<string, string?> settings, string moduleId)
        where TContext : DbContext =>
        Configure<TContext>(DatabaseOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()), moduleId);

    internal static DbContextOptions<TContext> Configure<TContext>(DatabaseOptions options, string moduleId)
        where TContext : DbContext
    {
        var database = new ModuleDatabase(options);
        var builder = new DbContextOptionsBuilder<TContext>();
        database.Configure(builder, moduleId, database.CreateInternalServiceProvider());
        return builder.Options;
    }
}
