using System.Net;
using System.Net.Http.Json;
using Modular.Host.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Host.Tests.Platform;

/// <summary>The platform API end to end on PostgreSQL, as production runs it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPlatformTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    private sealed record KeyView(Guid Id);

    private sealed record TenantAnswer(Guid Id, string CompanyName);

    [PostgresFact]
    public async Task Tenants_keys_and_isolation_work_on_postgres()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
        });
        var acme = await TestTenant.CreateAsync(host, "Acme");
        var globex = await TestTenant.CreateAsync(host, "Globex");

        (await acme.Client(host).GetFromJsonAsync<TenantAnswer>("/api/v1/tenant")).ShouldBe(new TenantAnswer(acme.Id, "Acme"));
        (await host.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var acmeKey = (await acme.Client(host).GetFromJsonAsync<KeyView[]>("/api/v1/apikeys"))!.Single();
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, acme, globex, HttpMethod.Get, $"/api/v1/apikeys/{acmeKey.Id}");

        var malformed = await acme.Client(host).PostAsync("/api/v1/apikeys", new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await acme.Client(host).GetFromJsonAsync<KeyView[]>("/api/v1/apikeys"))!.Length.ShouldBe(1);
    }

    public void Dispose() => folders.Dispose();
}
