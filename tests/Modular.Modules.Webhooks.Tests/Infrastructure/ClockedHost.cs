using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// A host of its own for one test, on Standard Webhooks' real schedule (no compressed retries), whose clock the test
/// moves so days of retries play out in seconds. Its tenant is made by signing up, as a client would, so the owner
/// who gets the host's emails has an address the test knows.
/// </summary>
public sealed class ClockedHost : IDisposable
{
    public const string OwnerEmail = "owner@partner-desk.example";

    private readonly ExtensionFolders folders = new();
    private readonly ModularHost modular;

    public ClockedHost()
    {
        modular = new ModularHost(folders);
        Host = modular.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public ShiftedClock Clock { get; } = new();

    public WebApplicationFactory<Program> Host { get; }

    /// <summary>Signs a tenant up and returns a client with an API key of its owner: a key, unlike the sign-in cookie, does not age as the clock moves.</summary>
    public async Task<HttpClient> NewOwnerClientAsync()
    {
        var browser = Host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var signedUp = await browser.PostAsJsonAsync("/api/v1/signup", new { companyName = "Partner Desk", firstName = "Ada", lastName = "Lovelace", email = OwnerEmail, password = "S3cure!pass" });
        signedUp.StatusCode.ShouldBe(HttpStatusCode.Created, await signedUp.Content.ReadAsStringAsync());
        var issued = await browser.PostAsJsonAsync("/api/v1/apikeys", new { name = "partner tests" });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var key = WebhooksApi.Text(await issued.Content.ReadFromJsonAsync<JsonElement>(), "key");
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public void Dispose()
    {
        Host.Dispose();
        modular.Dispose();
        folders.Dispose();
    }
}
