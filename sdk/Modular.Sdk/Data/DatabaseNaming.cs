namespace Modular.Sdk.Data;

/// <summary>
/// Where a module's tables live. PostgreSQL gives each module its own schema; SQLite has no schemas, so each
/// module's tables carry its id as a prefix. Module ids may hold dots (<c>crm.hubspot</c>); names use underscores.
/// </summary>
public static class DatabaseNaming
{
    /// <summary>EF Core's provider name for PostgreSQL.</summary>
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The name of each module's own migrations history table.</summary>
    public const string HistoryTable = "__migrations";

    /// <summary>Whether <paramref name="providerName"/> (<c>Database.ProviderName</c>, <c>Migration.ActiveProvider</c>) is PostgreSQL.</summary>
    public static bool IsPostgres(string? providerName) => providerName == PostgresProvider;

    /// <summary>The module's schema on PostgreSQL; null on SQLite.</summary>
    public static string? Schema(string? providerName, string moduleId) => IsPostgres(providerName) ? Normalise(moduleId) : null;

    /// <summary>A table's name: as given on PostgreSQL (inside the module's schema), prefixed with the module id on SQLite.</summary>
    public static string Table(string? providerName, string moduleId, string table) => IsPostgres(providerName) ? table : $"{Normalise(moduleId)}_{table}";

    private static string Normalise(string moduleId) => moduleId.Replace('.', '_').ToLowerInvariant();
}
