using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;
using Modular.Sdk.Platform;
using static Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure.ModelAnswers;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

public sealed class HostLoadingTests : IAsyncLifetime
{
    private const string Id = "interpretation.openai";

    private readonly ExtensionFolders folders = new();
    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folders.Dispose();
    }

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_is_active_and_reads_its_configuration_section()
    {
        using var host = new ModularHost(folders, Configured());

        var entry = await GetEntryAsync(host);

        entry.Kind.ShouldBe("plugin");
        entry.Status.ShouldBe("Active", entry.Reason);
        server.AnswerNext(Understood("Maison"));
        var answer = await InterpretAsync(host);
        answer.Value.ShouldBe("Maison");
        var request = server.Requests.ShouldHaveSingleItem();
        request.Model.ShouldBe("llama-3.1-8b-instruct", "the model comes from Extensions:interpretation.openai:model");
        request.Authorization.ShouldBe($"Bearer {server.ApiKey}");
    }

    [Fact]
    public async Task A_version_that_interpreted_is_unloaded_when_swapped_out()
    {
        var settings = Configured();
        settings["Modular:WatchFolders"] = "false";
        using var host = new ModularHost(folders, settings);
        server.AnswerNext(Understood("Appartement"));
        await UseTheInterpreterAsync(host);

        (await host.CreateOperatorClient().PostAsync($"/api/v1/admin/modules/{Id}/reload", null)).EnsureSuccessStatusCode();

        var retired = await WaitForRetiredStateAsync(host);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out interpreter plugin");
        (await GetEntryAsync(host)).Status.ShouldBe("Active");
    }

    private Dictionary<string, string?> Configured() => new()
    {
        [$"Extensions:{Id}:baseUrl"] = server.BaseUrl.AbsoluteUri,
        [$"Extensions:{Id}:apiKey"] = server.ApiKey,
        [$"Extensions:{Id}:model"] = "llama-3.1-8b-instruct",
    };

    // Not inlined: no local of the test's own frame may keep the interpreter, and with it the old version, reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task UseTheInterpreterAsync(ModularHost host) =>
        (await InterpretAsync(host)).Value.ShouldBe("Appartement");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<Modular.Sdk.Extensions.Interpretation.AnswerInterpretation> InterpretAsync(ModularHost host) =>
        host.Services.GetRequiredService<IExtensionPoints>().All<IAnswerInterpreter>().Single(interpreter => interpreter.Key == "openai")
            .InterpretAsync(Questions.PropertyType(), "une maison avec jardin", CancellationToken.None);

    // The host collects after retiring a version; this polls its verdict, collecting too, until it settles.
    private static async Task<string?> WaitForRetiredStateAsync(ModularHost host)
    {
        string? state = null;
        for (var attempt = 0; attempt < 30 && state != "Unloaded"; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
            state = (await GetEntryAsync(host)).Retired.SingleOrDefault()?.Status;
        }
        return state;
    }

    private static async Task<ModuleEntry> GetEntryAsync(ModularHost host) =>
        (await host.CreateOperatorClient().GetFromJsonAsync<ModuleEntry[]>("/api/v1/admin/modules")).ShouldNotBeNull().Single(module => module.Id == Id);

    private sealed record ModuleEntry(string Id, string Kind, string Status, string? Reason, RetiredEntry[] Retired);

    private sealed record RetiredEntry(string Version, string Status);
}
