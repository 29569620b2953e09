using Modular.Sdk.Platform;
using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Conversations;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Reports;

/// <summary>Answers other modules (CRM, alerts) with a lead's latest concluded report.</summary>
internal sealed class GetQualificationReportHandler(ILifetimeScope scope) : IRequestHandler<GetQualificationReport, QualificationReport?>
{
    public async Task<QualificationReport?> Handle(GetQualificationReport request, CancellationToken cancellationToken)
    {
        await using var tenant = scope.BeginTenantScope(request.TenantId);
        var conversation = await tenant.Resolve<QualificationDbContext>().Set<Conversation>().AsNoTracking()
            .Where(c => c.LeadId == request.LeadId && c.Status == ConversationStatus.Ended)
            .OrderByDescending(c => c.EndedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return conversation is null ? null : await tenant.Resolve<ReportBuilder>().BuildAsync(conversation, cancellationToken);
    }
}
