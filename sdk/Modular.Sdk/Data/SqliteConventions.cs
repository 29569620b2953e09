using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Modular.Sdk.Data;

/// <summary>
/// SQLite cannot compare or order <see cref="DateTimeOffset"/> values in SQL (EF Core stores them as text and
/// refuses the translation), and every module filters and sorts by time. On SQLite they are stored as a 64-bit
/// number that orders like the instant it encodes; PostgreSQL keeps its native <c>timestamp with time zone</c>.
/// Migrations declare such columns with <see cref="ModuleMigration.Timestamp"/> so both agree with the model.
/// </summary>
public static class SqliteConventions
{
    /// <summary>Applies the conventions when <paramref name="providerName"/> is SQLite; call from <c>ConfigureConventions</c>.</summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder, string? providerName)
    {
        if (DatabaseNaming.IsPostgres(providerName))
            return;

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
