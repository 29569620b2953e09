using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>A new lead was stored (not a duplicate merged into an earlier one). Qualification starts its conversation from this.</summary>
/// <param name="LeadId">The new lead.</param>
/// <param name="SourceId">The lead source it came through, or null when created through the API.</param>
/// <param name="IsTest">A test lead (for example Google Ads' test submissions): shown, never contacted or billed.</param>
public sealed record LeadReceived(Guid LeadId, Guid? SourceId, bool IsTest) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
