using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Intake;

/// <summary>What became of a submission: a new lead, one merged into an earlier lead, or the lead an idempotency key already produced.</summary>
internal sealed record IntakeOutcome(Lead Lead, IntakeResult Result, Guid? MergedInto = null)
{
    /// <summary>The lead the client should look at: the survivor when merged.</summary>
    public Guid LeadId => MergedInto ?? Lead.Id;
}

internal enum IntakeResult
{
    Created,
    Merged,
    Repeated,
}
