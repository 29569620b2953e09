using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.ScoringApi;

[Collection(PostgresCollection.Name)]
public sealed class PostgresScoringTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_saving_a_policy_rescores_existing_leads_and_scores_new_ones()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString });
        await PolicyUpdateTests.SavingAPolicyRescoresAsync(host);
    }

    public void Dispose() => folders.Dispose();
}
