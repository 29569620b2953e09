namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>What an intake answers: the lead to look at (the earlier one when merged) and what happened.</summary>
internal sealed record IntakeReceipt(Guid LeadId, string Result)
{
    public static IntakeReceipt From(IntakeOutcome outcome) => new(outcome.LeadId, outcome.Result.ToString().ToLowerInvariant());
}
