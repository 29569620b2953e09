namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// A host as a public install runs by default: tenant URLs must be https and must not resolve inside the network.
/// The test hosts otherwise allow both, because their fake receivers listen on http loopback.
/// </summary>
public sealed class LockedDownHost : IDisposable
{
    public WebhooksHost Hosting { get; } = WebhooksHost.With(new()
    {
        ["Modular:Network:AllowPrivateTargets"] = "false",
        ["Modular:Network:AllowHttp"] = "false",
    });

    public Task<HttpClient> NewClientAsync() => Hosting.NewClientAsync();

    public void Dispose() => Hosting.Dispose();
}
