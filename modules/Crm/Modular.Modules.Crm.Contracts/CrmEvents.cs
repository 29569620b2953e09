using Modular.Sdk.Events;

namespace Modular.Modules.Crm.Contracts;

/// <summary>
/// A push of a lead to one CRM connector was queued (after a verdict, by hand, or again after being parked). The Crm
/// module itself runs the push on this event, so the push is stored in the same transaction as the request for it.
/// </summary>
/// <param name="SyncId">The sync to run.</param>
/// <param name="LeadId">The lead pushed.</param>
/// <param name="ConnectorId">The tenant's connector configuration it goes through.</param>
public sealed record CrmSyncQueued(Guid SyncId, Guid LeadId, Guid ConnectorId) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>A lead and its report reached a CRM: partners and analytics can rely on it.</summary>
/// <param name="SyncId">The sync that did it.</param>
/// <param name="LeadId">The lead.</param>
/// <param name="ConnectorType">The connector's key, for example <c>hubspot</c>.</param>
/// <param name="RemoteId">The CRM's id of the contact or lead.</param>
public sealed record LeadSyncedToCrm(Guid SyncId, Guid LeadId, string ConnectorType, string RemoteId) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
