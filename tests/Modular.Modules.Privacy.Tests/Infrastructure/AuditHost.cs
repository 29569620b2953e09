namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>A host for the audit tests, on its own SQLite file (which the tests tamper with) or on a given PostgreSQL database.</summary>
public sealed class AuditHost : IDisposable
{
    private readonly ExtensionFolders folders = new();

    public AuditHost()
        : this(new Dictionary<string, string?>())
    {
    }

    private AuditHost(Dictionary<string, string?> settings)
    {
        Host = new ModularHost(folders, settings);
        Database = settings.TryGetValue("ConnectionStrings:Modular", out var postgres) && postgres is not null
            ? AuditTable.OnPostgres(postgres)
            : AuditTable.OnSqlite(Path.Combine(folders.Root, "data", "modular.db"));
    }

    public ModularHost Host { get; }

    /// <summary>The audit table itself, for changing rows behind the host's back.</summary>
    public AuditTable Database { get; }

    public static AuditHost OnPostgres(string connectionString) =>
        new(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString });

    public Task<TestTenant> NewTenantAsync(params string[] scopes) => TestTenant.CreateAsync(Host, "Acme" + Guid.NewGuid().ToString("N")[..8], scopes);

    public void Dispose()
    {
        Host.Dispose();
        folders.Dispose();
    }
}
