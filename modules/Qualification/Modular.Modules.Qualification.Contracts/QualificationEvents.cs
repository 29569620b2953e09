using Modular.Sdk.Events;

namespace Modular.Modules.Qualification.Contracts;

/// <summary>A conversation's first message was sent to a lead.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioVersion">The version it runs.</param>
public sealed record ConversationStarted(Guid LeadId, Guid ConversationId, string Scenario, int ScenarioVersion) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}

/// <summary>A conversation reached its verdict. CRM sync, partner webhooks, rep alerts, analytics and billing start from this.</summary>
/// <param name="Report">The qualification report.</param>
public sealed record LeadVerdictReached(QualificationReport Report) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => Report.LeadId;
}
