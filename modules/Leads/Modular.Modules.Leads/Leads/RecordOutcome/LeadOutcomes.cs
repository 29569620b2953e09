using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.RecordOutcome;

/// <summary>
/// Sets how a lead ended, whoever says so (the client through the API, the CRM through the Crm module): the lead's
/// status, a timeline entry and <see cref="LeadOutcomeRecorded"/> for scoring. Saving is the caller's.
/// </summary>
internal static class LeadOutcomes
{
    /// <returns>False when the lead already had exactly this outcome, and nothing was changed.</returns>
    public static bool Apply(LeadsDbContext leads, IOutbox outbox, Lead lead, string outcome, long? amountMinor, string? currency, string actor, DateTimeOffset now)
    {
        if ((lead.Outcome, lead.OutcomeAmountMinor, lead.OutcomeCurrency) == (outcome, amountMinor, currency))
            return false;
        var previous = lead.Outcome;
        (lead.Outcome, lead.OutcomeAmountMinor, lead.OutcomeCurrency, lead.OutcomeAt) = (outcome, amountMinor, currency, now);
        lead.Status = outcome == RecordOutcomeRequest.Won ? LeadStatus.Won : LeadStatus.Lost;
        lead.UpdatedAt = now;
        var amount = amountMinor is { } minor ? $" ({minor} {currency} in minor units)" : "";
        leads.Record(lead.TenantId, lead.Id, "lead.outcome", $"Recorded as {outcome}{amount}.", actor, now, new { outcome, amountMinor, currency, previous });
        outbox.Add(new LeadOutcomeRecorded(lead.Id, outcome, amountMinor, currency) { TenantId = lead.TenantId, OccurredAt = now });
        return true;
    }
}
