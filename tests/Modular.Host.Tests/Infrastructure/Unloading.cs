using System.Runtime.CompilerServices;

namespace Modular.Host.Tests.Infrastructure;

/// <summary>Swaps a module or plugin and proves its previous version's load context is collected.</summary>
internal static class Unloading
{
    /// <summary>Forces a reload through the admin API and returns a weak reference to the version it retired.</summary>
    // Not inlined, so no local of this frame keeps the old version reachable while the caller collects.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<WeakReference> SwapAndGetRetiredAsync(ModularHost host, string id)
    {
        var reloaded = await host.CreateOperatorClient().PostAsync($"/api/v1/admin/modules/{id}/reload", null);
        reloaded.EnsureSuccessStatusCode();
        return host.Runtime.Find(id)!.Retired.Last().LoadContext;
    }

    /// <summary>Waits for the retirement to finish, then collects until the load context is gone or twenty collections have not freed it.</summary>
    public static async Task ShouldBeCollectedAsync(ModularHost host, WeakReference oldVersion, string because)
    {
        await host.Runtime.WhenRetiredAsync();
        for (var attempt = 0; attempt < 20 && oldVersion.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        oldVersion.IsAlive.ShouldBeFalse(because);
    }
}
