using Modular.Host.Runtime;
using Modular.Sdk.Manifest;

namespace Modular.Host.Tests.Runtime;

public sealed class ExtensionSlotTests
{
    [Fact]
    public void Collected_versions_are_trimmed_to_the_newest_five_but_a_version_still_alive_is_never_dropped()
    {
        var slot = new ExtensionSlot("echo", ExtensionKind.Plugin, "/plugins/echo");
        var alive = new object();
        slot.AddRetired(new RetiredVersion("0.9.0", new WeakReference(alive), DateTimeOffset.UnixEpoch));
        for (var i = 1; i <= 7; i++)
            slot.AddRetired(new RetiredVersion($"1.{i}.0", new WeakReference(null), DateTimeOffset.UnixEpoch));

        slot.Retired.Select(r => r.Version).ShouldBe(["0.9.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0"]);
        slot.Retired[0].State.ShouldBe("PendingUnload");
        slot.Status.ShouldBe(ExtensionStatus.PendingUnload, "nothing serves and a version is still in memory");
        GC.KeepAlive(alive);
    }
}
