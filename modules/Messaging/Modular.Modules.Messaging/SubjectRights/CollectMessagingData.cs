using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.SubjectRights;

/// <summary>
/// Adds the messages exchanged with the subject, the alerts to reps about them, and whether their addresses are on
/// the suppression list, to an access request, read as the request's tenant only. Only reads.
/// </summary>
internal sealed class CollectMessagingData(ILifetimeScope scope) : INotificationHandler<CollectSubjectData>
{
    public async Task Handle(CollectSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var subject = new SubjectMessages(tenantScope.Resolve<MessagingDbContext>(), request.Subject);

        var own = await subject.Own().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        request.Add(new SubjectDataSection(MessagingGrounds.Module, "messages", MessagingGrounds.Messages, [.. own.Select(MessagingRecords.Of)]));

        var about = await subject.AboutThemAsync(cancellationToken);
        request.Add(new SubjectDataSection(MessagingGrounds.Module, "alerts to reps", MessagingGrounds.Alerts, [.. about.Select(MessagingRecords.Of)]));

        var suppressed = await subject.SuppressedAsync(cancellationToken);
        request.Add(new SubjectDataSection(MessagingGrounds.Module, "suppression list", MessagingGrounds.Suppression,
            [.. suppressed.Select(s => MessagingRecords.Of(s.Address, s.Row))]));
    }
}
