using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>Stores what became of an alert, with its timeline entry through the outbox in the same transaction.</summary>
internal sealed class AlertRecorder(QualificationDbContext db, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    public Task<AlertDelivery?> FindAsync(PendingAlert alert, CancellationToken cancellationToken) =>
        db.Set<AlertDelivery>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.EventId == alert.EventId && d.UserId == alert.UserId && d.Channel == alert.Channel, cancellationToken);

    /// <param name="activity">The timeline line, without personal data; null to write none.</param>
    public async Task RecordAsync(PendingAlert alert, string status, string? reason, DateTimeOffset? dueAt, string? activity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delivery = await db.Set<AlertDelivery>()
            .FirstOrDefaultAsync(d => d.EventId == alert.EventId && d.UserId == alert.UserId && d.Channel == alert.Channel, cancellationToken);
        if (delivery is null)
        {
            delivery = new AlertDelivery
            {
                TenantId = tenant.RequiredTenantId,
                EventId = alert.EventId,
                UserId = alert.UserId,
                Channel = alert.Channel,
                LeadId = alert.LeadId,
                ConversationId = alert.ConversationId,
                Status = status,
            };
            db.Add(delivery);
        }
        delivery.Status = status;
        delivery.Reason = reason;
        delivery.DueAt = dueAt;
        delivery.UpdatedAt = now;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (activity is not null)
            outbox.Add(new LeadActivity(alert.LeadId, "qualification", $"alert.{status}", activity) { TenantId = delivery.TenantId, OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same alert recorded at the same moment by another delivery of the event: that record stands.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
