using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Sending;

/// <summary>Another module (Qualification, rep alerts) sends a message through the tenant's channel. Requests come without a current tenant.</summary>
internal sealed class SendMessageHandler(ILifetimeScope scope) : IRequestHandler<SendMessage, SendMessageResult>
{
    public async Task<SendMessageResult> Handle(SendMessage request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        return await tenantScope.Resolve<OutboundSender>().SendAsync(request, route: null, cancellationToken);
    }
}
