using System.Net;
using System.Net.Sockets;

namespace Modular.Sdk.Network;

/// <summary>
/// The operator's rules for URLs that tenants supply (a CRM's base URL, a partner's webhook endpoint): the host
/// registers them from <c>Modular:Network:AllowPrivateTargets</c> and <c>Modular:Network:AllowHttp</c>, both off by
/// default, and extensions take them by injection. Without them a tenant could make the host call into the
/// operator's own network (an admin page, a database, the cloud's instance metadata): a server-side request forgery.
/// </summary>
/// <param name="AllowPrivateTargets">Lets requests reach loopback, private, link-local and other non-public addresses (tests, self-hosters with an internal CRM).</param>
/// <param name="AllowHttp">
/// Lets requests go over plain http instead of https to any address. Without it, plain http may still reach the
/// non-public addresses <paramref name="AllowPrivateTargets"/> lets in (an internal CRM, a local test server): it is
/// on the open internet that http exposes tokens and leads' data.
/// </param>
public sealed record OutboundRules(bool AllowPrivateTargets = false, bool AllowHttp = false)
{
    /// <summary>
    /// Why <paramref name="url"/> may not be used, or null when it may: to answer a tenant at once when the URL is
    /// saved. A host name is only judged when connecting (see <see cref="CreateHandler"/>), because what it resolves
    /// to can change afterwards.
    /// </summary>
    public string? Refusal(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            return "The URL must be an absolute https URL.";
        var literal = IPAddress.TryParse(url.IdnHost, out var address) ? address : null;
        // A name over http is judged when connecting, once what it resolves to is known.
        if (url.Scheme == Uri.UriSchemeHttp && !AllowHttp && (!AllowPrivateTargets || (literal is not null && PublicAddresses.Contains(literal))))
            return HttpRefusal;
        if (!string.IsNullOrEmpty(url.UserInfo))
            return "The URL must not carry a user name or password; use the connection's credentials instead.";
        if (literal is not null && !Allows(literal))
            return $"{literal} is not a public internet address (the operator can allow private targets with Modular:Network:AllowPrivateTargets).";
        return null;
    }

    /// <summary>
    /// A handler for the extension's own <see cref="HttpClient"/> that enforces these rules on every request: the
    /// scheme, and each address the host name resolves to, checked when the connection is opened, so a name that
    /// later resolves to an internal address (DNS rebinding) is caught too. Only allowed addresses are connected to;
    /// when none is, the request fails with <see cref="OutboundTargetRefusedException"/>. Redirects are not followed:
    /// a redirect could lead anywhere, and the caller decides what a 3xx means.
    /// </summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = ConnectAsync,
    };

    private const string HttpRefusal =
        "The URL must use https (the operator can allow http with Modular:Network:AllowHttp; with Modular:Network:AllowPrivateTargets, http may reach private addresses).";

    private bool Allows(IPAddress address) => AllowPrivateTargets || PublicAddresses.Contains(address);

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.InitialRequestMessage.RequestUri is { } uri && Refusal(uri) is { } refusal)
            throw new OutboundTargetRefusedException(refusal);

        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(Allows).ToArray();
        if (context.InitialRequestMessage.RequestUri?.Scheme == Uri.UriSchemeHttp && !AllowHttp)
        {
            allowed = [.. allowed.Where(a => !PublicAddresses.Contains(a))];
            if (allowed.Length == 0)
                throw new OutboundTargetRefusedException(HttpRefusal);
        }
        if (allowed.Length == 0)
            throw new OutboundTargetRefusedException(
                $"'{host}' leads to {string.Join(", ", addresses.Select(a => a.ToString()))}, not a public internet address (the operator can allow private targets with Modular:Network:AllowPrivateTargets).");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
