using Modular.Sdk.Data;
using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Suppression;

/// <summary>
/// Another module (Qualification, reading "remove me from your list") puts an address on the tenant's suppression
/// list. Idempotent: an address already there stays, and its <see cref="AddressOptedOut"/> is not published again.
/// </summary>
internal sealed class SuppressAddressHandler(ILifetimeScope scope) : IRequestHandler<SuppressAddress, bool>
{
    public async Task<bool> Handle(SuppressAddress request, CancellationToken cancellationToken)
    {
        if (Addresses.Normalise(request.Address).Length == 0)
            return false;

        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var suppressions = tenantScope.Resolve<SuppressionList>();
        if (await suppressions.ContainsAsync(request.Address, cancellationToken))
            return true;

        suppressions.Stage(request.Address, request.LeadId, "api", request.Reason);
        try
        {
            await tenantScope.Resolve<MessagingDbContext>().SaveAtomicallyAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Suppressed meanwhile by a concurrent request, which published the event; anything else is a real failure.
            if (!await suppressions.ContainsAsync(request.Address, cancellationToken))
                throw;
        }
        return true;
    }
}
