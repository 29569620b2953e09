using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Suppression;

/// <summary>
/// The tenant's suppression list: addresses that said STOP (or asked in words, or the provider refused for them) and
/// are never written to again, on any channel, for any lead. Only a hash of each address is kept.
/// </summary>
internal sealed class SuppressionList(MessagingDbContext messaging, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    public Task<bool> ContainsAsync(string address, CancellationToken cancellationToken)
    {
        var hash = Addresses.Hash(address);
        return messaging.Set<SuppressedAddress>().AnyAsync(s => s.AddressHash == hash, cancellationToken);
    }

    /// <summary>
    /// Adds the address to the unit of work with its <see cref="AddressOptedOut"/> event. Synchronous on purpose: the
    /// outbox stages events in the caller's flow, and the caller's own save then stores both or neither.
    /// </summary>
    public void Stage(string address, Guid? leadId, string channel, string reason)
    {
        var hash = Addresses.Hash(address);
        var now = time.GetUtcNow();
        reason = reason.Length <= 200 ? reason : reason[..199] + "…";
        messaging.Add(new SuppressedAddress
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            AddressHash = hash,
            Channel = channel,
            Reason = reason,
            CreatedAt = now,
        });
        outbox.Add(new AddressOptedOut(hash, leadId, channel, reason) { TenantId = tenant.RequiredTenantId, OccurredAt = now });
    }

    /// <summary>START / UNSTOP: the person subscribed again, so the tenant may write to them again; the caller saves.</summary>
    /// <returns>The address's hash when it was on the list (the caller publishes <see cref="AddressOptedIn"/>), else null.</returns>
    public async Task<string?> LiftAsync(string address, CancellationToken cancellationToken)
    {
        var hash = Addresses.Hash(address);
        var listed = await messaging.Set<SuppressedAddress>().Where(s => s.AddressHash == hash).ToListAsync(cancellationToken);
        messaging.RemoveRange(listed);
        return listed.Count > 0 ? hash : null;
    }
}
