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

        var entry = await host.EntryAsync(Id);

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

        var retired = await host.ReloadAndWaitForRetiredStateAsync(Id);
        retired.ShouldBe("Unloaded", "something still holds the swapped-out interpreter plugin");
        (await host.EntryAsync(Id)).Status.ShouldBe("Active");
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
}
