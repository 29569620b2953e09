using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Merging;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Intake;

/// <summary>
/// The one way a lead gets in, whatever the source: normalise, find an earlier lead of the same person, store the
/// lead (merged into that one if found) with its consent proof, timeline and events, in one transaction. When this
/// returns, the lead is committed; a caller that then answers 2xx never loses it.
/// </summary>
internal sealed partial class LeadIntake(LeadsDbContext leads, ICurrentTenant tenant, ITenantDirectory tenants, IOutbox outbox, TimeProvider time)
{
    public async Task<IntakeOutcome> ReceiveAsync(LeadSubmission submission, IntakeContext context, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        if (context.IdempotencyKey is { } key && await RepeatedAsync(key, cancellationToken) is { } repeated)
            return repeated;

        var now = time.GetUtcNow();
        var defaultCountry = context.Source?.DefaultCountry ?? (await tenants.FindAsync(tenantId, cancellationToken))?.DefaultCountry ?? "FR";
        var lead = LeadBuilder.Build(submission, tenantId, context.Source?.Id, defaultCountry, now);

        await using var transaction = await leads.Database.BeginTransactionAsync(cancellationToken);
        // One SaveChanges, all or nothing: a savepoint around it would only cost two more round trips.
        leads.Database.AutoSavepointsEnabled = false;
        await DuplicateLocks.AcquireAsync(leads, [lead], cancellationToken);
        var match = await FindEarlierAsync(lead, cancellationToken);

        leads.Add(lead);
        RecordConsent(submission, context, lead, now);
        var outcome = match is null ? Created(lead, context, now) : Merged(match, lead, context, now);
        await AddTagsAsync(outcome.LeadId, submission.Tags, cancellationToken);
        if (context.IdempotencyKey is { } newKey)
            leads.Add(new LeadRequest { TenantId = tenantId, Key = newKey, LeadId = outcome.LeadId, CreatedAt = now });

        try
        {
            await leads.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (context.IdempotencyKey is { } raced)
        {
            // Another request with the same key committed first: answer with its lead, as a retry would get.
            await transaction.RollbackAsync(cancellationToken);
            leads.ChangeTracker.Clear();
            return await RepeatedAsync(raced, cancellationToken) ?? throw new InvalidOperationException("The idempotency key's lead vanished.");
        }
        return outcome;
    }

    private async Task<IntakeOutcome?> RepeatedAsync(string key, CancellationToken cancellationToken)
    {
        var earlier = await leads.Set<LeadRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (earlier is null)
            return null;
        var lead = await leads.Set<Lead>().AsNoTracking().SingleAsync(l => l.Id == earlier.LeadId, cancellationToken);
        return new IntakeOutcome(lead, IntakeResult.Repeated);
    }

    /// <summary>The oldest active lead of the same person (same valid email or phone) created within the tenant's window.</summary>
    private async Task<Lead?> FindEarlierAsync(Lead lead, CancellationToken cancellationToken) =>
        EarliestOf(await EarlierLeadsAsync([lead], cancellationToken), lead);

    private IntakeOutcome Created(Lead lead, IntakeContext context, DateTimeOffset now)
    {
        var via = context.Source is { } source ? $"source '{source.Name}'" : "the API";
        leads.Record(lead.TenantId, lead.Id, "lead.received", $"Received through {via}.", context.Actor, now);
        outbox.Add(new LeadReceived(lead.Id, lead.SourceId, lead.IsTest) { TenantId = lead.TenantId, OccurredAt = now });
        return new IntakeOutcome(lead, IntakeResult.Created);
    }

    private IntakeOutcome Merged(Lead survivor, Lead duplicate, IntakeContext context, DateTimeOffset now)
    {
        var matchedOn = duplicate.EmailValid && duplicate.Email == survivor.Email ? "email" : "phone";
        var merge = LeadMerger.Merge(survivor, duplicate, matchedOn, now);
        leads.Add(merge);
        var via = context.Source is { } source ? $"source '{source.Name}'" : "the API";
        leads.Record(survivor.TenantId, survivor.Id, "lead.merged", $"The same person submitted again through {via} (same {matchedOn}); merged into this lead.",
            context.Actor, now, new { mergedId = duplicate.Id, mergeId = merge.Id, matchedOn, filled = FilledFields.Of(merge).ApiNames() });
        leads.Record(duplicate.TenantId, duplicate.Id, "lead.received", $"Received through {via}, then merged into an earlier lead.", context.Actor, now);

        outbox.Add(new LeadsMerged(survivor.Id, duplicate.Id, merge.Id) { TenantId = survivor.TenantId, OccurredAt = now });
        if (FilledFields.Of(merge).ApiNames() is { Count: > 0 } changed)
            outbox.Add(new LeadUpdated(survivor.Id, changed) { TenantId = survivor.TenantId, OccurredAt = now });
        return new IntakeOutcome(duplicate, IntakeResult.Merged, survivor.Id);
    }

    private async Task AddTagsAsync(Guid leadId, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        if (tags.Count == 0)
            return;
        var existing = await leads.Set<LeadTag>().Where(t => t.LeadId == leadId).Select(t => t.Tag).ToListAsync(cancellationToken);
        foreach (var tag in tags.Except(existing))
            leads.Add(new LeadTag { LeadId = leadId, TenantId = tenant.RequiredTenantId, Tag = tag });
    }

    private void RecordConsent(LeadSubmission submission, IntakeContext context, Lead lead, DateTimeOffset now)
    {
        if (submission[LeadFields.ConsentText] is not { } text)
            return;
        leads.Add(new ConsentRecord
        {
            Id = Guid.CreateVersion7(),
            TenantId = lead.TenantId,
            LeadId = lead.Id,
            SourceId = context.Source?.Id,
            GivenAt = now,
            IpAddress = context.IpAddress,
            Text = text,
            Purposes = submission[LeadFields.ConsentPurposes] ?? "contact",
        });
    }
}
