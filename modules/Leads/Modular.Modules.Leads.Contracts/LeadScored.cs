using Modular.Sdk.Events;

namespace Modular.Modules.Leads.Contracts;

/// <summary>A lead's score changed.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="PreviousScore">The rule score before.</param>
/// <param name="Score">The rule score now.</param>
/// <param name="WinProbability">The predictive probability of winning, in [0.01, 0.99], when a model is trained.</param>
/// <param name="ThresholdsCrossed">The names of the thresholds this change crossed upwards (for example <c>hot</c>).</param>
public sealed record LeadScored(Guid LeadId, int PreviousScore, int Score, double? WinProbability, IReadOnlyList<string> ThresholdsCrossed) : IntegrationEvent
{
    /// <inheritdoc />
    public override Guid? OrderingKey => LeadId;
}
