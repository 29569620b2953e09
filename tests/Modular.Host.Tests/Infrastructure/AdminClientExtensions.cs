using System.Net.Http.Json;

namespace Modular.Host.Tests.Infrastructure;

internal static class AdminClientExtensions
{
    public static async Task<ExtensionEntry[]> GetModulesAsync(this HttpClient operatorClient) =>
        (await operatorClient.GetFromJsonAsync<ExtensionEntry[]>("/api/v1/admin/modules"))!;

    public static async Task<ExtensionEntry> GetModuleAsync(this HttpClient operatorClient, string id) =>
        (await operatorClient.GetModulesAsync()).Single(m => m.Id == id);

    public static async Task<string> GetEchoVersionAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<EchoAnswer>("/api/v1/samples/echo"))!.Version;
}
