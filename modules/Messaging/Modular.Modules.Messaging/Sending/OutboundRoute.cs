using Modular.Modules.Messaging.Channels;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Sending;

/// <summary>The plugin a message goes through, with the tenant's configuration of it (none for the unconfigured sandbox).</summary>
internal sealed record OutboundRoute(IMessageChannel Channel, TenantChannel? Configuration);
