using Modular.Sdk.Network;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// The one HTTP client of this module version: through the operator's outbound rules (each resolved address checked
/// at connect time), never following redirects (a 3xx is a failed attempt), within the policy's time per attempt.
/// </summary>
internal sealed class WebhookHttp(OutboundRules rules, DeliveryPolicy policy) : IDisposable
{
    public HttpClient Client { get; } = new(rules.CreateHandler()) { Timeout = policy.AttemptTimeout };

    public void Dispose() => Client.Dispose();
}
