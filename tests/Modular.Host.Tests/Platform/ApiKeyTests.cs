using System.Net;
using System.Net.Http.Json;
using System.Text;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Platform;

public sealed class ApiKeyTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private sealed record KeyView(Guid Id, string Name, string Prefix, string[] Scopes, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    private sealed record CreatedKey(KeyView ApiKey, string Key);

    private sealed record TenantAnswer(Guid Id, string CompanyName);

    [Fact]
    public async Task A_key_reads_its_own_tenant_and_no_key_gets_401_problem_json()
    {
        var host = shared.Host;
        var acme = await TestTenant.CreateAsync(host, "Acme");

        var tenant = await acme.Client(host).GetFromJsonAsync<TenantAnswer>("/api/v1/tenant");
        var anonymous = await host.CreateClient().GetAsync("/api/v1/tenant");
        var forged = host.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", acme.ApiKey[..^2] + "xx");

        tenant.ShouldBe(new TenantAnswer(acme.Id, "Acme"));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await forged.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_created_key_is_shown_once_stored_as_a_hash_works_and_stops_working_when_revoked()
    {
        var host = shared.Host;
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var created = await client.PostAsJsonAsync("/api/v1/apikeys", new { name = "crm sync", scopes = new[] { "tenant:read" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var answer = (await created.Content.ReadFromJsonAsync<CreatedKey>())!;
        answer.Key.ShouldStartWith(answer.ApiKey.Prefix + "_");
        (await client.GetStringAsync($"/api/v1/apikeys/{answer.ApiKey.Id}")).ShouldNotContain(answer.Key);

        var newKey = host.CreateClient();
        newKey.DefaultRequestHeaders.Authorization = new("Bearer", answer.Key);
        (await newKey.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newKey.GetAsync("/api/v1/apikeys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "tenant:read does not allow managing keys");
        (await client.GetFromJsonAsync<KeyView>($"/api/v1/apikeys/{answer.ApiKey.Id}"))!.LastUsedAt.ShouldNotBeNull();

        (await client.DeleteAsync($"/api/v1/apikeys/{answer.ApiKey.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await newKey.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetFromJsonAsync<KeyView>($"/api/v1/apikeys/{answer.ApiKey.Id}"))!.RevokedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Another_tenants_key_id_answers_404_to_get_and_delete()
    {
        var host = shared.Host;
        var acme = await TestTenant.CreateAsync(host, "Acme");
        var globex = await TestTenant.CreateAsync(host, "Globex");
        var acmeKeys = (await acme.Client(host).GetFromJsonAsync<KeyView[]>("/api/v1/apikeys"))!;
        var path = $"/api/v1/apikeys/{acmeKeys.Single().Id}";

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, acme, globex, HttpMethod.Get, path);
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, acme, globex, HttpMethod.Delete, path);
        (await globex.Client(host).GetFromJsonAsync<KeyView[]>("/api/v1/apikeys"))!.ShouldHaveSingleItem().Id.ShouldNotBe(acmeKeys.Single().Id);
    }

    [Theory]
    [InlineData("{\"name\":", "malformed JSON")]
    [InlineData("{\"name\":\"x\",\"owner\":\"someone\"}", "an unknown field")]
    [InlineData("{\"name\":\"\"}", "an empty name")]
    [InlineData("{\"name\":\"x\",\"scopes\":[\"root\"]}", "an unknown scope")]
    public async Task A_bad_request_answers_400_problem_json_and_stores_nothing(string body, string because)
    {
        var host = shared.Host;
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var response = await client.PostAsync("/api/v1/apikeys", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, because);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.GetFromJsonAsync<KeyView[]>("/api/v1/apikeys"))!.Length.ShouldBe(1, because);
    }
}
