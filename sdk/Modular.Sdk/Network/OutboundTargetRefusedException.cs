namespace Modular.Sdk.Network;

/// <summary>
/// A request to an address the operator's <see cref="OutboundRules"/> do not allow. It will not succeed on a retry:
/// treat it as a permanent failure and show the message to whoever configured the URL. When raised while
/// connecting, <see cref="HttpClient"/> wraps it in an <see cref="HttpRequestException"/>; look at the inner exception.
/// </summary>
public sealed class OutboundTargetRefusedException(string message) : Exception(message);
