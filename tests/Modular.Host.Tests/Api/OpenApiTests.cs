using System.Net;
using System.Text.Json;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Api;

public sealed class OpenApiTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_document_is_openapi_3_and_describes_the_host_the_modules_and_the_credentials()
    {
        using var host = new ModularHost(folders);

        using var document = await GetDocumentAsync(host.CreateClient());

        var root = document.RootElement;
        root.GetProperty("openapi").GetString().ShouldStartWith("3.");
        var paths = root.GetProperty("paths");
        paths.TryGetProperty("/api/v1/admin/modules", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/apikeys", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/samples/echo", out var echo).ShouldBeTrue("the echo plugin's endpoint is part of the API");
        echo.GetProperty("get").TryGetProperty("requestBody", out _).ShouldBeFalse("the echo endpoint's parameter is a service, not a body");

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("apiKey").GetProperty("scheme").GetString().ShouldBe("bearer");
        schemes.GetProperty("operatorKey").GetProperty("scheme").GetString().ShouldBe("bearer");
        SecurityOf(paths, "/api/v1/apikeys", "get").ShouldBe("apiKey:apikeys:manage");
        SecurityOf(paths, "/api/v1/admin/modules", "get").ShouldBe("operatorKey:");
        echo.GetProperty("get").TryGetProperty("security", out _).ShouldBeFalse("the echo endpoint is public");
    }

    [Fact]
    public async Task The_document_follows_modules_leaving_and_coming_back()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        var saved = Path.Combine(folders.Root, "echo-saved");
        ExtensionFolders.CopyDirectory(folders.EchoFolder, saved);
        (await DescribesEchoAsync(client)).ShouldBeTrue();

        Directory.Delete(folders.EchoFolder, recursive: true);
        await host.Runtime.ReloadFolderAsync(folders.EchoFolder, Sdk.Manifest.ExtensionKind.Plugin, CancellationToken.None);
        (await DescribesEchoAsync(client)).ShouldBeFalse("a removed plugin's endpoint must leave the document");

        ExtensionFolders.CopyDirectory(saved, folders.EchoFolder);
        await host.Runtime.ReloadFolderAsync(folders.EchoFolder, Sdk.Manifest.ExtensionKind.Plugin, CancellationToken.None);
        (await DescribesEchoAsync(client)).ShouldBeTrue("a plugin put back must be described again");
    }

    [Fact]
    public async Task Describing_a_plugin_does_not_keep_its_swapped_out_version_in_memory()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        (await DescribesEchoAsync(client)).ShouldBeTrue("the document must have described version 1's types");

        folders.DropEchoVersion2();
        var oldVersion = await Unloading.SwapAndGetRetiredAsync(host, "samples.echo");

        await Unloading.ShouldBeCollectedAsync(host, oldVersion, "describing version 1 must not keep it in memory");
        (await client.GetEchoVersionAsync()).ShouldBe("2.0.0");
        (await DescribesEchoAsync(client)).ShouldBeTrue("version 2 is described in turn");
    }

    [Fact]
    public async Task Swagger_ui_is_served_by_the_host_and_reads_the_document()
    {
        using var host = new ModularHost(folders);
        var client = host.CreateClient();

        var page = await client.GetAsync("/swagger/index.html");
        var settings = await client.GetStringAsync("/swagger/index.js");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        settings.ShouldContain("/openapi/v1.json");
        (await client.GetAsync("/swagger/swagger-ui-bundle.js")).StatusCode.ShouldBe(HttpStatusCode.OK, "the UI's script comes from the host, not a CDN");
    }

    private static async Task<JsonDocument> GetDocumentAsync(HttpClient client)
    {
        var response = await client.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<bool> DescribesEchoAsync(HttpClient client)
    {
        using var document = await GetDocumentAsync(client);
        return document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/samples/echo", out _);
    }

    private static string SecurityOf(JsonElement paths, string path, string method)
    {
        var requirement = paths.GetProperty(path).GetProperty(method).GetProperty("security").EnumerateArray().Single().EnumerateObject().Single();
        return $"{requirement.Name}:{string.Join(' ', requirement.Value.EnumerateArray().Select(scope => scope.GetString()))}";
    }

    public void Dispose() => folders.Dispose();
}
