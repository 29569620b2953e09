using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.Imports;

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_an_import_runs_to_the_end_with_exact_counts_while_the_hook_takes_the_same_people()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
            ["Extensions:leads:Imports:BatchSize"] = "50",
        });
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        var file = GeneratedFile.Build(rows: 300);

        var importId = (await ImportsApi.UploadAcceptedAsync(client, source.Id, ImportsApi.Utf8(file.Text))).GetProperty("id").GetGuid();
        // The hook takes people of the file while the import runs: each is stored once, merged whichever comes second.
        var hooked = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            LeadsApi.PostSignedAsync(host.CreateClient(), source, $$"""{"email":"person{{i}}@example.test"}""")));
        var done = (await ImportsApi.FollowAsync(client, importId))[^1];

        hooked.ShouldAllBe(r => r.IsSuccessStatusCode);
        done.GetProperty("status").GetString().ShouldBe("completed", done.GetRawText());
        done.GetProperty("rowsDone").GetInt32().ShouldBe(300);
        done.GetProperty("failed").GetInt32().ShouldBe(file.Failed.Count);
        (done.GetProperty("imported").GetInt32() + done.GetProperty("merged").GetInt32()).ShouldBe(300 - file.Failed.Count);
        for (var i = 1; i <= 20; i++)
            (await LeadsApi.SearchAsync(client, $"search=person{i}@example.test")).Length.ShouldBe(1, $"person{i} is one lead");
    }

    public void Dispose() => folders.Dispose();
}
