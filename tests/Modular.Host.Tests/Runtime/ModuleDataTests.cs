using System.Net;
using System.Net.Http.Json;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Runtime;

/// <summary>A module with its own DbContext: it migrates its own tables, keeps tenants apart, and still unloads.</summary>
public sealed class ModuleDataTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    private sealed record NoteView(Guid Id, string Text);

    [Fact]
    public async Task A_module_migrates_its_tables_filters_them_by_tenant_and_unloads_after_a_swap()
    {
        folders.AddFixturePlugin("fixtures.notes");
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var acme = await TestTenant.CreateAsync(host, "Acme");
        var globex = await TestTenant.CreateAsync(host, "Globex");
        var notes = await host.CreateOperatorClient().GetModuleAsync("fixtures.notes");
        notes.Status.ShouldBe("Active", notes.Reason);

        (await acme.Client(host).PostAsJsonAsync("/api/v1/fixtures/notes", new { text = "call back on Monday" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await acme.Client(host).GetFromJsonAsync<NoteView[]>("/api/v1/fixtures/notes"))!.Single().Text.ShouldBe("call back on Monday");
        (await globex.Client(host).GetFromJsonAsync<NoteView[]>("/api/v1/fixtures/notes"))!.ShouldBeEmpty();

        var oldVersion = await Unloading.SwapAndGetRetiredAsync(host, "fixtures.notes");
        (await acme.Client(host).GetFromJsonAsync<NoteView[]>("/api/v1/fixtures/notes"))!.Single().Text.ShouldBe("call back on Monday");
        await Unloading.ShouldBeCollectedAsync(host, oldVersion, "a module's EF Core context must not keep its old version in memory");
    }

    public void Dispose() => folders.Dispose();
}
