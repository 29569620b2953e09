using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Scoring.History;

/// <summary>One change of a lead's score or win probability, with the reasons behind the new score.</summary>
internal sealed class ScoreChange : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid LeadId { get; init; }
    public DateTimeOffset At { get; init; }
    public int PreviousScore { get; init; }
    public int Score { get; init; }
    public double? PreviousWinProbability { get; init; }
    public double? WinProbability { get; init; }

    /// <summary>JSON array of (rule, points) that sum to <see cref="Score"/>.</summary>
    public required string Reasons { get; init; }

    /// <summary>JSON array of the threshold names this change crossed upwards.</summary>
    public required string ThresholdsCrossed { get; init; }

    /// <summary>What made the lead be rescored (see <see cref="Rescoring.ScoreTriggers"/>).</summary>
    public required string Trigger { get; init; }
}
