namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>Who gets a lead and why: <c>rule</c> (with the rule's position) or <c>round_robin</c>.</summary>
internal sealed record RepChoice(Guid UserId, string Method, int? RuleIndex)
{
    public const string ByRule = "rule";
    public const string ByTurn = "round_robin";

    public bool TakesTurn => Method == ByTurn;
}
