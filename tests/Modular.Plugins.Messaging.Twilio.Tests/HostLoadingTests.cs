using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Testing;
using Modular.Sdk.Platform;

namespace Modular.Plugins.Messaging.Twilio.Tests;

public sealed class HostLoadingTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_plugin_loads_in_a_real_host_is_active_and_offers_the_twilio_channel()
    {
        using var host = new ModularHost(folders);

        var modules = await host.CreateOperatorClient().GetFromJsonAsync<ModuleEntry[]>("/api/v1/admin/modules");

        var twilio = modules.ShouldNotBeNull().Single(module => module.Id == "messaging.twilio");
        twilio.Kind.ShouldBe("plugin");
        twilio.Status.ShouldBe("Active", twilio.Reason);
        var channel = host.Services.GetRequiredService<IExtensionPoints>().All<IMessageChannel>().Single(channel => channel.Key == "twilio");
        channel.Descriptor.AddressKind.ShouldBe("phone");
        channel.Descriptor.Settings.Single(setting => setting.Name == "authToken").Secret.ShouldBeTrue();
    }

    public void Dispose() => folders.Dispose();

    private sealed record ModuleEntry(string Id, string Kind, string Status, string? Reason);
}
