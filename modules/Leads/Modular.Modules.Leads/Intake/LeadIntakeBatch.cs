using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Intake;

/// <summary>What became of one submission of a batch: an outcome, or why it was refused.</summary>
internal sealed record BatchItemOutcome(IntakeOutcome? Outcome, string? Rejection);

internal sealed partial class LeadIntake
{
    /// <summary>
    /// Takes many submissions in one transaction: each goes through the same steps as <see cref="ReceiveAsync"/>
    /// (normalise, find the earlier lead — among those stored before and those earlier in the batch —, store or
    /// merge, consent, timeline, events), but they commit together, which a bulk import needs: a commit per lead
    /// costs a disk flush each. A refused submission (<see cref="IntakeRejected"/>) is reported and the others go on.
    /// <paramref name="beforeCommit"/> sees every outcome and may stage more changes (an import's progress), which
    /// then commit, or roll back, with the leads. Nothing is tracked afterwards.
    /// </summary>
    public async Task<IReadOnlyList<BatchItemOutcome>> ReceiveBatchAsync(
        IReadOnlyList<LeadSubmission> submissions, IntakeContext context, Action<IReadOnlyList<BatchItemOutcome>> beforeCommit, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var defaultCountry = context.Source?.DefaultCountry ?? (await tenants.FindAsync(tenantId, cancellationToken))?.DefaultCountry ?? "FR";
        var outcomes = new List<BatchItemOutcome>(submissions.Count);
        using var writer = await DuplicateLocks.EnterWriterAsync(leads, cancellationToken);
        await using var transaction = await leads.Database.BeginTransactionAsync(cancellationToken);
        var committed = false;
        try
        {
            foreach (var submission in submissions)
            {
                var now = time.GetUtcNow();
                Lead lead;
                try
                {
                    lead = LeadBuilder.Build(submission, tenantId, context.Source?.Id, defaultCountry, now);
                }
                catch (IntakeRejected rejected)
                {
                    outcomes.Add(new BatchItemOutcome(null, rejected.Message));
                    continue;
                }

                await DuplicateLocks.AcquireAsync(leads, lead, cancellationToken);
                var match = await FindEarlierAsync(lead, now, cancellationToken);
                leads.Add(lead);
                RecordConsent(submission, context, lead, now);
                // Events are staged here, in the flow that commits below, so they ride on that commit.
                var outcome = match is null ? Created(lead, context, now) : Merged(match, lead, context, now);
                await AddTagsAsync(outcome.LeadId, submission.Tags, cancellationToken);
                // Saved (not committed) at once, so the next submission of the same person finds this one.
                await leads.SaveChangesAsync(cancellationToken);
                outcomes.Add(new BatchItemOutcome(outcome, null));
            }

            beforeCommit(outcomes);
            await leads.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed = true;
        }
        finally
        {
            // Rolled back explicitly, so the events staged for this batch are discarded with its leads.
            if (!committed)
                await transaction.RollbackAsync(CancellationToken.None);
            // Committed or not, the entities are done with: a long import must not keep them all tracked.
            leads.ChangeTracker.Clear();
        }
        return outcomes;
    }
}
