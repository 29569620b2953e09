namespace Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;

/// <summary>A clock a test moves by hand, so the feed's settling delay passes without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
