using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>The client said how a lead ended; predictive scoring learns from it.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Outcome"><c>won</c> or <c>lost</c>.</param>
/// <param name="AmountMinor">The deal's amount in minor units, when won and known.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="AmountMinor"/>.</param>
public sealed record LeadOutcomeRecorded(Guid LeadId, string Outcome, long? AmountMinor, string? Currency) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
