namespace Modular.Host.Runtime;

/// <summary>Loads every module and plugin before the server takes requests and stops them after it has stopped.</summary>
internal sealed class ExtensionHostedService(ExtensionRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.LoadAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAllAsync(cancellationToken);
}
