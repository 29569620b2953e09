using System.Net;

namespace Modular.Host.Testing;

/// <summary>
/// The check every tenant-owned endpoint must pass: the owner gets its resource, and any other tenant gets the
/// same 404 problem+json as for an id that never existed — never 403, never 200.
/// </summary>
public static class TenantIsolation
{
    public static async Task ShouldAnswer404ToOtherTenantsAsync(ModularHost host, TestTenant owner, TestTenant stranger, HttpMethod method, string path)
    {
        var asOwner = await owner.Client(host).SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        asOwner.StatusCode.ShouldBe(HttpStatusCode.OK, $"the owner must see {path}");

        var asStranger = await stranger.Client(host).SendAsync(new HttpRequestMessage(method, path));
        asStranger.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path} must be invisible to another tenant");
        asStranger.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var stillThere = await owner.Client(host).SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        stillThere.StatusCode.ShouldBe(HttpStatusCode.OK, $"another tenant's {method} must change nothing");
    }
}
