using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.SubjectRights;

/// <summary>
/// Erases the messages exchanged with the subject and the alerts about them, in one transaction, as the request's
/// tenant; deleting what is already gone deletes nothing, so a rerun reports zeros. The suppression list is kept: it
/// holds hashes only, and it is what stops the tenant from ever writing to the person again (an objection must
/// outlast the data it objects to); the Privacy module adds the subject's addresses to it.
/// </summary>
internal sealed class EraseMessagingData(ILifetimeScope scope) : INotificationHandler<EraseSubjectData>
{
    public async Task Handle(EraseSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var messaging = tenantScope.Resolve<MessagingDbContext>();
        var subject = new SubjectMessages(messaging, request.Subject);

        int own, about = 0;
        await using (var transaction = await messaging.Database.BeginTransactionAsync(cancellationToken))
        {
            own = await subject.Own().ExecuteDeleteAsync(cancellationToken);
            foreach (var query in subject.AboutThem())
                about += await query.ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        request.Report(new ErasureOutcome(MessagingGrounds.Module, "messages", ErasureActions.Erased, own));
        request.Report(new ErasureOutcome(MessagingGrounds.Module, "alerts to reps", ErasureActions.Erased, about));
        var suppressed = await subject.SuppressedAsync(cancellationToken);
        if (suppressed.Count > 0)
            request.Report(new ErasureOutcome(MessagingGrounds.Module, "suppression list", ErasureActions.Kept, suppressed.Count,
                "Kept so the person is never contacted again: the tenant's opposition list, stored only as SHA-256 hashes of the addresses (CNIL: opposition lists kept as hashes)."));
    }
}
