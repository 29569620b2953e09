using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Modular.Modules.Leads.Tests.Leads;

/// <summary>The scopes the Leads module declares in its manifest, as API keys and users' roles hold them.</summary>
public sealed class ScopeTests : IDisposable
{
    private const string Password = "Str0ng!pass";
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_key_may_do_what_its_scopes_allow_and_unknown_scopes_are_refused()
    {
        using var host = new ModularHost(folders);
        var admin = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var reader = await KeyClientAsync(host, admin, "leads:read");
        var writer = await KeyClientAsync(host, admin, "leads:write");

        (await reader.GetAsync("/api/v1/leads")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsJsonAsync("/api/v1/leads", new { email = "a@b.fr" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await writer.PostAsJsonAsync("/api/v1/leads", new { email = "a@b.fr" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await writer.GetAsync("/api/v1/leads")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await writer.PostAsJsonAsync("/api/v1/sources", new { name = "Site", format = "json" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var unknown = await admin.PostAsJsonAsync("/api/v1/apikeys", new { name = "x", scopes = new[] { "leads:everything" } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("leads:write", Case.Sensitive, "the error lists the scopes modules declare");
    }

    [Fact]
    public async Task A_member_reads_and_writes_leads_but_does_not_manage_sources()
    {
        using var host = new ModularHost(folders);
        var owner = Browser(host);
        (await owner.PostAsJsonAsync("/api/v1/signup", new { companyName = "Acme", firstName = "Ada", lastName = "Lovelace", email = "owner@acme.test", password = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await owner.PostAsJsonAsync("/api/v1/sources", new { name = "Site", format = "json" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var invitation = await (await owner.PostAsJsonAsync("/api/v1/users", new { email = "rep@acme.test", role = "Member" })).Content.ReadFromJsonAsync<JsonElement>();
        var rep = Browser(host);
        (await rep.PostAsJsonAsync("/api/v1/invitations/accept", new
        {
            userId = invitation.GetProperty("user").GetProperty("id").GetGuid(),
            token = invitation.GetProperty("invitationToken").GetString(),
            password = Password,
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await rep.PostAsJsonAsync("/api/v1/auth/signin", new { email = "rep@acme.test", password = Password })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await rep.PostAsJsonAsync("/api/v1/leads", new { email = "lead@example.com" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rep.GetAsync("/api/v1/leads")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rep.PostAsJsonAsync("/api/v1/sources", new { name = "Other", format = "json" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpClient> KeyClientAsync(ModularHost host, HttpClient admin, string scope)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/apikeys", new { name = scope, scopes = new[] { scope } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        return client;
    }

    private static HttpClient Browser(ModularHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public void Dispose() => folders.Dispose();
}
