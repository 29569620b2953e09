using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>
/// Something another module did about a lead (message sent, answer received, report pushed to the CRM), published
/// through the outbox so it appears in the lead's timeline. Put no personal data in <paramref name="Summary"/>.
/// </summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Module">The module that did it, for example <c>qualification</c>.</param>
/// <param name="Type">What happened, dotted, for example <c>message.sent</c>.</param>
/// <param name="Summary">A short human-readable line.</param>
public sealed record LeadActivity(Guid LeadId, string Module, string Type, string Summary) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
