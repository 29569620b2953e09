using Modular.Sdk.Network;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// The one HTTP client of this module version: through the operator's outbound rules (each resolved address checked
/// at connect time), never following redirects (a 3xx is a failed attempt), 15 seconds per attempt.
/// </summary>
internal sealed class WebhookHttp(OutboundRules rules) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public HttpClient Client { get; } = new(rules.CreateHandler()) { Timeout = Timeout };

    public void Dispose() => Client.Dispose();
}
