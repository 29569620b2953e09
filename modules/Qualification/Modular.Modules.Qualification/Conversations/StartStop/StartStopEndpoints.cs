using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Conversations.Engine;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Qualification.Conversations.StartStop;

/// <summary>
/// POST and DELETE /api/v1/leads/{leadId}/conversation: a user starts a conversation by hand (a lead imported, or one
/// whose last conversation ended) or stops the one running (the lead called back, say). Stopping sends nothing.
/// </summary>
internal static class StartStopEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/leads/{leadId:guid}/conversation", Start)
            .WithSummary("Starts the lead's qualification conversation now (at once when the contact window is open, else when it opens).")
            .RecordsAudit("lead.conversation-started", "lead", "leadId");
        api.MapDelete("/leads/{leadId:guid}/conversation", Stop)
            .WithSummary("Stops the lead's running conversation; nothing more is sent and no verdict is given.")
            .RecordsAudit("lead.conversation-stopped", "lead", "leadId");
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> Start(
        Guid leadId, ICurrentTenant tenant, IMediator mediator, QualificationDbContext db, ConversationStarter starter, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        var lead = await mediator.Send(new GetLeadContact(tenantId, leadId), cancellationToken);
        if (lead is null)
            return QualificationProblems.NotFound("Lead", leadId);
        if (lead.IsTest)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Test leads are never contacted", detail: "This lead was flagged as a test by its source.");
        if (await db.Set<Conversation>().AnyAsync(c => c.LeadId == lead.LeadId && c.OpenSlot != null, cancellationToken)
            || await starter.StartAsync(tenantId, lead.LeadId, cancellationToken) is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A conversation is already running", detail: "Stop it first to start another.");
        return TypedResults.Accepted($"/api/v1/leads/{lead.LeadId}/conversation");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Stop(
        Guid leadId, QualificationDbContext db, TimeProvider time, IOutbox outbox, CancellationToken cancellationToken)
    {
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.LeadId == leadId && c.OpenSlot != null, cancellationToken);
        if (conversation is null)
            return QualificationProblems.NotFound("Running conversation", leadId);

        var now = time.GetUtcNow();
        conversation.Stop(now);
        outbox.Add(new LeadActivity(leadId, "qualification", "conversation.stopped", "Conversation stopped by a user") { TenantId = conversation.TenantId, OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
