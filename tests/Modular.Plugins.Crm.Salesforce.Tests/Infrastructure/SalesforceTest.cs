namespace Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

/// <summary>A fake Salesforce started for each test, and the plugin registered as the host registers it.</summary>
public abstract class SalesforceTest : IAsyncLifetime, IDisposable
{
    // Late in the UTC day, so a date taken from local time in any zone east of UTC would be the next day.
    private protected static readonly DateTimeOffset Now = new(2031, 3, 4, 23, 30, 0, TimeSpan.Zero);

    private readonly SalesforcePluginScope plugin = new(clock: new FixedClock(Now));

    private protected FakeSalesforceServer Salesforce { get; private set; } = null!;

    private protected ICrmConnector Connector => plugin.Connector;

    public async Task InitializeAsync() => Salesforce = await FakeSalesforceServer.StartAsync();

    public async Task DisposeAsync() => await Salesforce.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
