using System.Net.Http.Json;

namespace Modular.Host.Testing;

/// <summary>One element of <c>GET /api/v1/admin/modules</c>, as an operator's script reads it.</summary>
public sealed record ExtensionEntry(string Id, string Kind, string Version, string Status, DateTimeOffset? LoadedAt, string? Reason, RetiredExtensionVersion[] Retired);

/// <summary>A version swapped out of an extension, and whether it was collected (<c>Unloaded</c>) yet.</summary>
public sealed record RetiredExtensionVersion(string Version, string Status);

/// <summary>What plugin tests ask the operator API about their plugin: is it active, and does a reload unload the old version.</summary>
public static class ExtensionEntries
{
    public static async Task<ExtensionEntry> EntryAsync(this ModularHost host, string id) =>
        (await host.CreateOperatorClient().GetFromJsonAsync<ExtensionEntry[]>("/api/v1/admin/modules")).ShouldNotBeNull().Single(entry => entry.Id == id);

    /// <summary>
    /// Reloads the extension through the operator API, then polls, collecting too, until the version swapped out is
    /// reported <c>Unloaded</c> or the host's own collections have long finished.
    /// </summary>
    /// <returns>The swapped-out version's last reported state.</returns>
    public static async Task<string?> ReloadAndWaitForRetiredStateAsync(this ModularHost host, string id)
    {
        (await host.CreateOperatorClient().PostAsync($"/api/v1/admin/modules/{id}/reload", null)).EnsureSuccessStatusCode();
        string? state = null;
        for (var attempt = 0; attempt < 50 && state != "Unloaded"; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
            state = (await host.EntryAsync(id)).Retired.LastOrDefault()?.Status;
        }
        return state;
    }
}
