using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Conversations;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>
/// Erases the subject's conversations (an open one stops: its due job and any late reply find nothing to act on), their
/// transcript and answers, the rep assignment and the alert records, in one transaction, as the request's tenant.
/// Deleting what is already gone deletes nothing, so a rerun reports zeros. The alert texts themselves were sent
/// through Messaging, which erases its copies.
/// </summary>
internal sealed class EraseQualificationData(ILifetimeScope scope) : INotificationHandler<EraseSubjectData>
{
    public async Task Handle(EraseSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var db = tenantScope.Resolve<QualificationDbContext>();
        var leadIds = request.Subject.LeadIds.ToList();
        var conversations = db.Set<Conversation>().Where(c => leadIds.Contains(c.LeadId));

        var erased = new List<(string Category, int Records)>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            erased.Add(("conversation messages", await db.Set<ConversationMessage>()
                .Where(m => conversations.Any(c => c.Id == m.ConversationId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("answers", await db.Set<ConversationAnswer>()
                .Where(a => conversations.Any(c => c.Id == a.ConversationId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("conversations", await conversations.ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("lead assignments", await db.Set<LeadAssignment>().Where(a => leadIds.Contains(a.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            erased.Add(("alerts to reps", await db.Set<AlertDelivery>().Where(a => leadIds.Contains(a.LeadId)).ExecuteDeleteAsync(cancellationToken)));
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (category, records) in erased)
            request.Report(new ErasureOutcome(QualificationGrounds.Module, category, ErasureActions.Erased, records));
    }
}
