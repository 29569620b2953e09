using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Modular.Host.Runtime;

/// <summary>
/// The endpoints of every active module and plugin. Routing watches the change token, so publishing a new list
/// switches all new requests to it at once while requests already routed finish on the endpoints they matched.
/// </summary>
internal sealed class ExtensionEndpointDataSource : EndpointDataSource
{
    private readonly Lock gate = new();
    private IReadOnlyList<Endpoint> endpoints = [];
    private CancellationTokenSource changed = new();

    public override IReadOnlyList<Endpoint> Endpoints => Volatile.Read(ref endpoints);

    public override IChangeToken GetChangeToken()
    {
        lock (gate)
            return new CancellationChangeToken(changed.Token);
    }

    public void Publish(IReadOnlyList<Endpoint> current)
    {
        CancellationTokenSource previous;
        lock (gate)
        {
            Volatile.Write(ref endpoints, current);
            previous = changed;
            changed = new CancellationTokenSource();
        }

        previous.Cancel();
        previous.Dispose();
    }
}
