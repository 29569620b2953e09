using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>
/// Gives a lead to a rep, once. The assignment, the round robin's new place and the timeline entry are saved in one
/// transaction: the lead's row is unique and the settings row carries a revision, so when two verdicts race, one
/// wins and the other reads again — a lead is never assigned twice and two leads never take the same turn. The reads
/// happen inside the transaction: on SQLite it holds the write lock from its start, so racing verdicts take turns
/// and none has to read again.
/// </summary>
internal sealed class LeadAssigner(QualificationDbContext db, ICurrentTenant tenant, ITenantUsers users, IOutbox outbox, TimeProvider time, ILogger<LeadAssigner> logger)
{
    private const int Attempts = 5;

    /// <returns>The lead's assignment, earlier or new; null when the tenant has no active user to give it to.</returns>
    public async Task<LeadAssignment?> AssignAsync(Guid leadId, Guid? sourceId, string? country, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await db.Set<LeadAssignment>().AsNoTracking().FirstOrDefaultAsync(a => a.LeadId == leadId, cancellationToken);
            if (existing is not null)
                return existing;

            var settings = await db.Set<AssignmentSettings>().FirstOrDefaultAsync(cancellationToken);
            var rules = settings is null ? [] : AssignmentSettingsStore.ReadRules(settings);
            var team = await users.ListAsync(tenantId, cancellationToken);
            var choice = RepPicker.Pick(settings?.Mode ?? AssignmentModes.RoundRobin, rules, settings?.LastAssignedUserId, team, sourceId, country);
            if (choice is null)
            {
                logger.LogWarning("Lead {LeadId} of tenant {TenantId} was not assigned: the tenant has no active user", leadId, tenantId);
                return null;
            }

            var now = time.GetUtcNow();
            if (choice.TakesTurn)
            {
                if (settings is null)
                {
                    settings = new AssignmentSettings { TenantId = tenantId };
                    db.Add(settings);
                }
                settings.LastAssignedUserId = choice.UserId;
                settings.RoundRobinCount++;
                settings.Revision++;
                settings.UpdatedAt = now;
            }
            var assignment = new LeadAssignment
            {
                TenantId = tenantId,
                LeadId = leadId,
                UserId = choice.UserId,
                Method = choice.Method,
                RuleIndex = choice.RuleIndex,
                AssignedAt = now,
            };
            db.Add(assignment);
            outbox.Add(new LeadActivity(leadId, "qualification", "lead.assigned", Summary(choice)) { TenantId = tenantId, OccurredAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return assignment;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another delivery assigned this lead, or another lead took this turn: roll back (the timeline entry
                // with it) and decide again from what is stored now.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    // The rep's id, not their name: a timeline entry carries no personal data.
    private static string Summary(RepChoice choice) => choice.TakesTurn
        ? $"Assigned to user {choice.UserId} by round robin"
        : $"Assigned to user {choice.UserId} by assignment rule {choice.RuleIndex + 1}";
}
