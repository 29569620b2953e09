using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Intake;

/// <summary>What became of one submission of a batch: an outcome, or why it was refused.</summary>
internal sealed record BatchItemOutcome(IntakeOutcome? Outcome, string? Rejection);

/// <summary>One submission of a batch with where it came from.</summary>
internal sealed record IntakeItem(LeadSubmission Submission, IntakeContext Context);

internal sealed partial class LeadIntake
{
    /// <summary>
    /// Takes many submissions in one transaction, as a bulk import needs: each is normalised, matched, stored or merged,
    /// with consent, timeline and events, exactly as <see cref="ReceiveAsync"/> does, but the earlier leads of the whole
    /// batch are looked up in one query and everything is saved once, so a row costs no round trip of its own. A
    /// refused submission (<see cref="IntakeRejected"/>) is reported and the others go on. <paramref name="beforeCommit"/>
    /// sees every outcome and may stage more changes (an import's progress), which commit, or roll back, with the
    /// leads. Nothing stays tracked afterwards.
    /// </summary>
    public Task<IReadOnlyList<BatchItemOutcome>> ReceiveBatchAsync(
        IReadOnlyList<LeadSubmission> submissions, IntakeContext context, Action<IReadOnlyList<BatchItemOutcome>> beforeCommit, CancellationToken cancellationToken) =>
        ReceiveBatchAsync([.. submissions.Select(s => new IntakeItem(s, context))], beforeCommit, cancellationToken);

    /// <summary>As above, for submissions that each came their own way (hook calls of several sources stored together).</summary>
    public async Task<IReadOnlyList<BatchItemOutcome>> ReceiveBatchAsync(
        IReadOnlyList<IntakeItem> items, Action<IReadOnlyList<BatchItemOutcome>> beforeCommit, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        // The tenant's country is looked up only when a submission's source has none of its own.
        var tenantCountry = items.All(i => i.Context.Source?.DefaultCountry is not null) ? null : (await tenants.FindAsync(tenantId, cancellationToken))?.DefaultCountry;
        var outcomes = new List<BatchItemOutcome>(items.Count);

        await using var transaction = await leads.Database.BeginTransactionAsync(cancellationToken);
        leads.Database.AutoSavepointsEnabled = false;
        var committed = false;
        try
        {
            var built = items.Select(i => Build(i.Submission, tenantId, i.Context, i.Context.Source?.DefaultCountry ?? tenantCountry ?? "FR")).ToList();
            var batch = built.Select(b => b.Lead).OfType<Lead>().ToList();
            await DuplicateLocks.AcquireAsync(leads, batch, cancellationToken);
            var candidates = await EarlierLeadsAsync(batch, cancellationToken);
            foreach (var ((submission, context), (lead, rejection)) in items.Zip(built))
            {
                if (lead is null)
                {
                    outcomes.Add(new BatchItemOutcome(null, rejection));
                    continue;
                }

                var match = EarliestOf(candidates, lead);
                leads.Add(lead);
                RecordConsent(submission, context, lead, lead.CreatedAt);
                // Events are staged here, in the flow that commits below, so they ride on that commit.
                var outcome = match is null ? Created(lead, context, lead.CreatedAt) : Merged(match, lead, context, lead.CreatedAt);
                if (match is null)
                    candidates.Add(lead);
                if (submission.Tags.Count > 0)
                {
                    // Tags staged earlier in the batch are not in the database yet: AddTagsAsync would add them twice.
                    var staged = leads.ChangeTracker.Entries<LeadTag>().Where(e => e.Entity.LeadId == outcome.LeadId).Select(e => e.Entity.Tag).ToList();
                    await AddTagsAsync(outcome.LeadId, [.. submission.Tags.Except(staged)], cancellationToken);
                }
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

    private (Lead? Lead, string? Rejection) Build(LeadSubmission submission, Guid tenantId, IntakeContext context, string defaultCountry)
    {
        try
        {
            return (LeadBuilder.Build(submission, tenantId, context.Source?.Id, defaultCountry, time.GetUtcNow()), null);
        }
        catch (IntakeRejected rejected)
        {
            return (null, rejected.Message);
        }
    }

    /// <summary>The active leads within the tenant's window that share a valid email or phone with any lead of the batch.</summary>
    private async Task<List<Lead>> EarlierLeadsAsync(IReadOnlyList<Lead> batch, CancellationToken cancellationToken)
    {
        var emails = batch.Where(l => l.EmailValid).Select(l => l.Email!).Distinct().ToList();
        var phones = batch.Where(l => l.PhoneValid).Select(l => l.Phone!).Distinct().ToList();
        if (emails.Count + phones.Count == 0)
            return [];
        var windowDays = await leads.Set<LeadSettings>().Select(s => (int?)s.DedupWindowDays).SingleOrDefaultAsync(cancellationToken) ?? LeadSettings.DefaultDedupWindowDays;
        var since = time.GetUtcNow().AddDays(-windowDays);
        // One indexed lookup per identity column (tenant + email, tenant + phone), joined: an OR across both columns
        // would make the database walk every lead of the tenant's window instead. The values go as separate parameters:
        // as one array parameter, EF Core adds "or the column is null and the array holds a null" to match C#'s null
        // semantics, and that OR keeps PostgreSQL off the index too (the lookup grew with the tenant's leads).
        var sameEmail = leads.Set<Lead>().Where(l => EF.MultipleParameters(emails).Contains(l.Email!));
        var samePhone = leads.Set<Lead>().Where(l => EF.MultipleParameters(phones).Contains(l.Phone!));
        var found = await sameEmail.Concat(samePhone).Where(l => l.MergedIntoId == null && l.CreatedAt >= since).ToListAsync(cancellationToken);
        return [.. found.Distinct()];
    }

    /// <summary>The matching rule, over the candidates: the oldest active lead of the same person, test leads apart.</summary>
    private static Lead? EarliestOf(List<Lead> candidates, Lead lead) =>
        candidates
            .Where(c => c.MergedIntoId == null && c.IsTest == lead.IsTest
                && ((lead.EmailValid && c.Email == lead.Email) || (lead.PhoneValid && c.Phone == lead.Phone)))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .FirstOrDefault();
}
