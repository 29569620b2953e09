namespace Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, so a test knows which day the connector writes.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
