namespace Modular.Host.Data;

/// <summary>Which database the platform and every module use (<c>Database:Provider</c>).</summary>
internal enum DatabaseProvider
{
    /// <summary>A file under the data folder: the default, for one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL at <c>ConnectionStrings:Modular</c>: production, several instances.</summary>
    Postgres,
}

/// <summary>The database settings, resolved once at start.</summary>
internal sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var configured = configuration.GetConnectionString("Modular");
        if (provider == DatabaseProvider.Postgres)
        {
            return new DatabaseOptions(provider, string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Modular (env ConnectionStrings__Modular).")
                : configured);
        }

        if (!string.IsNullOrWhiteSpace(configured))
            return new DatabaseOptions(provider, configured);

        var dataDirectory = Path.GetFullPath(configuration["Modular:DataDirectory"] ?? "data");
        Directory.CreateDirectory(dataDirectory);
        return new DatabaseOptions(provider, $"Data Source={Path.Combine(dataDirectory, "modular.db")};Pooling=True");
    }
}
