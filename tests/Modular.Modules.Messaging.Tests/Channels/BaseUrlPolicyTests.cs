using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Messaging.Tests.Infrastructure;

namespace Modular.Modules.Messaging.Tests.Channels;

/// <summary>Who may point a channel at another server than the provider's: only tenants of an operator who allowed it.</summary>
public sealed class BaseUrlPolicyTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task By_default_a_tenant_cannot_choose_the_providers_address_but_may_use_the_default_one()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Extensions:messaging:AllowBaseUrlOverride"] = "false" });
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var settings = new Dictionary<string, string> { ["accountSid"] = "AC1", ["authToken"] = "token", ["from"] = "+15005550006" };

        var internalAddress = await client.PostAsJsonAsync("/api/v1/channels", new { type = "twilio", name = "SMS", baseUrl = "http://169.254.169.254/", settings });
        var providerDefault = await client.PostAsJsonAsync("/api/v1/channels", new { type = "twilio", name = "SMS", settings });

        await MessagingApi.ShouldBeProblemAsync(internalAddress, HttpStatusCode.BadRequest);
        (await internalAddress.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("baseUrl")[0].GetString()!.ShouldContain("AllowBaseUrlOverride");
        providerDefault.StatusCode.ShouldBe(HttpStatusCode.Created, await providerDefault.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Where_allowed_the_address_must_have_the_providers_scheme()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var smtp = await client.PostAsJsonAsync("/api/v1/channels", new { type = "smtp", name = "Mail", baseUrl = "smtp://127.0.0.1:2525", settings = new Dictionary<string, string> { ["from"] = "alerts@acme.test" } });
        var smtpOverHttp = await client.PostAsJsonAsync("/api/v1/channels", new { type = "smtp", name = "Mail", baseUrl = "http://127.0.0.1:2525", settings = new Dictionary<string, string> { ["from"] = "alerts@acme.test" } });
        var twilioOverSmtp = await client.PostAsJsonAsync("/api/v1/channels", new { type = "twilio", name = "SMS", baseUrl = "smtp://127.0.0.1:2525", settings = new Dictionary<string, string> { ["accountSid"] = "AC1", ["authToken"] = "t", ["from"] = "+15005550006" } });

        smtp.StatusCode.ShouldBe(HttpStatusCode.Created, await smtp.Content.ReadAsStringAsync());
        await MessagingApi.ShouldBeProblemAsync(smtpOverHttp, HttpStatusCode.BadRequest);
        await MessagingApi.ShouldBeProblemAsync(twilioOverSmtp, HttpStatusCode.BadRequest);
    }

    public void Dispose() => folders.Dispose();
}
