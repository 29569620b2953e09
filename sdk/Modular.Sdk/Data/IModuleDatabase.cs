using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk.Data;

/// <summary>
/// The platform's database, as a module configures its DbContext against it: the provider chosen by the operator
/// (SQLite or PostgreSQL), the connection, and the module's own migrations history table.
/// </summary>
public interface IModuleDatabase
{
    /// <summary>The EF Core provider in use, as <c>Database.ProviderName</c> reports it.</summary>
    string ProviderName { get; }

    /// <summary>
    /// Configures <paramref name="options"/> for the module's context. <paramref name="internalServices"/> is the
    /// EF Core service provider of this module version (see <see cref="CreateInternalServiceProvider"/>): EF caches
    /// models per provider, and a cache shared with the host would keep an unloaded module in memory.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, string moduleId, IServiceProvider internalServices);

    /// <summary>Builds EF Core's internal services for one module version; dispose it when the version retires.</summary>
    IServiceProvider CreateInternalServiceProvider();
}
