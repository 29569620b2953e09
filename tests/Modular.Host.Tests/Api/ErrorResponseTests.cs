using System.Net;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Api;

public sealed class ErrorResponseTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task An_unknown_route_answers_404_problem_json()
    {
        var host = shared.Host;

        var response = await host.CreateClient().GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_wrong_method_on_a_module_endpoint_answers_405_problem_json()
    {
        var host = shared.Host;

        var response = await host.CreateClient().DeleteAsync("/api/v1/samples/echo");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_exception_inside_a_module_answers_500_problem_json_without_internals()
    {
        // Its own host: it breaks a plugin.
        using var folders = new ExtensionFolders();
        folders.AddFixturePlugin("fixtures.ping");
        var pong = folders.AddFixturePlugin("fixtures.pong");
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        Directory.Delete(pong, recursive: true);
        await host.Runtime.ReloadFolderAsync(pong, Sdk.Manifest.ExtensionKind.Plugin, CancellationToken.None);

        var response = await client.GetAsync("/api/v1/fixtures/ping");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("No active module handles");
    }
}
