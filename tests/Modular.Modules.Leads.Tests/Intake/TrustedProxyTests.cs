using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.Intake;

public sealed class TrustedProxyTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_consent_proof_records_the_address_a_trusted_proxy_forwards_and_ignores_what_anyone_else_claims()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:TrustedProxies:0"] = "10.0.0.5" });
        var tenant = await TestTenant.CreateAsync(host, "Acme");

        var viaBalancer = await CreateAsync(host, tenant, from: "10.0.0.5", forwardedFor: "198.51.100.9", email: "a@example.com");
        var direct = await CreateAsync(host, tenant, from: "203.0.113.7", forwardedFor: "192.0.2.1", email: "b@example.com");

        (await ConsentAddressAsync(host, tenant, viaBalancer)).ShouldBe("198.51.100.9");
        (await ConsentAddressAsync(host, tenant, direct)).ShouldBe("203.0.113.7", "a caller that is not a trusted proxy cannot choose its address");
    }

    private static async Task<Guid> CreateAsync(ModularHost host, TestTenant tenant, string from, string forwardedFor, string email)
    {
        using var client = new HttpClient(host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(from))) { BaseAddress = host.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var response = await client.PostAsJsonAsync("/api/v1/leads", new { email, consent = new { text = "Call me.", purposes = new[] { "contact" } } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string?> ConsentAddressAsync(ModularHost host, TestTenant tenant, Guid leadId) =>
        (await tenant.Client(host).GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}"))
            .GetProperty("consents").EnumerateArray().ShouldHaveSingleItem().GetProperty("ipAddress").GetString();

    public void Dispose() => folders.Dispose();
}
