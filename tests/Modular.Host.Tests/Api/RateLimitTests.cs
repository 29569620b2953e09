using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Api;

public sealed class RateLimitTests : IDisposable
{
    private const int Permits = 3;

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task An_api_key_over_its_limit_gets_429_problem_json_with_retry_after_and_other_keys_are_unaffected()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:RateLimits:ApiPermitsPerMinute"] = Permits.ToString() });
        var acme = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var globex = (await TestTenant.CreateAsync(host, "Globex")).Client(host);
        var created = await acme.PostAsJsonAsync("/api/v1/apikeys", new { name = "second" });
        var acmeSecondKey = host.CreateClient();
        acmeSecondKey.DefaultRequestHeaders.Authorization = new("Bearer", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());

        for (var call = 1; call < Permits; call++)
            (await acme.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK, $"call {call + 1} is within the limit");
        var refused = await acme.GetAsync("/api/v1/tenant");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        retryAfter.ShouldBeInRange(1, 60 / Permits, "one permit comes back every 60 / permits seconds");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        (await acmeSecondKey.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK, "each key has its own allowance, even within a tenant");
        (await globex.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK, "another tenant's key is unaffected");
    }

    [Fact]
    public async Task Calls_without_an_api_key_are_not_counted_against_the_api_limit()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:RateLimits:ApiPermitsPerMinute"] = "1" });
        var anonymous = host.CreateClient();

        for (var call = 0; call < 5; call++)
            (await anonymous.GetAsync("/api/v1/samples/echo")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hooks_are_limited_per_client_address_whether_or_not_an_endpoint_exists_yet()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:RateLimits:HookPermitsPerMinute"] = Permits.ToString() });
        var provider = IPAddress.Parse("203.0.113.7");

        for (var call = 0; call < Permits; call++)
            (await PostHookAsync(host, provider)).Response.StatusCode.ShouldBe(StatusCodes.Status404NotFound, "no hook endpoint exists yet");
        var refused = await PostHookAsync(host, provider);

        refused.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        refused.Response.Headers.RetryAfter.ToString().ShouldNotBeEmpty();
        refused.Response.ContentType.ShouldBe("application/problem+json");
        (await PostHookAsync(host, IPAddress.Parse("198.51.100.20"))).Response.StatusCode.ShouldBe(StatusCodes.Status404NotFound, "another address has its own allowance");
    }

    private static Task<HttpContext> PostHookAsync(ModularHost host, IPAddress from) =>
        host.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/hooks/twilio/messages";
            context.Connection.RemoteIpAddress = from;
        });

    public void Dispose() => folders.Dispose();
}
