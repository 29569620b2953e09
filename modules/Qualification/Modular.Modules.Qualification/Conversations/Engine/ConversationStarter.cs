using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>
/// Opens a conversation for a lead just received, with its source's scenario or the tenant's default, and runs its first step at
/// once when the contact window is open (otherwise a job runs it when the window opens).
/// </summary>
internal sealed class ConversationStarter(
    QualificationDbContext db,
    IMediator mediator,
    ScenarioStore scenarios,
    ITenantDirectory tenants,
    ConversationSteps steps,
    TimeProvider time)
{
    /// <returns>The conversation opened, or null when the lead is a test, gone, or already in a conversation.</returns>
    public async Task<Conversation?> StartAsync(Guid tenantId, Guid leadId, CancellationToken cancellationToken)
    {
        if (await db.Set<Conversation>().FirstOrDefaultAsync(c => c.LeadId == leadId && c.OpenSlot != null, cancellationToken) is { } open)
        {
            // The same event again, after a crash between storing the conversation and its first step: take the step now.
            await steps.RunDueAsync(open, cancellationToken);
            return null;
        }
        var lead = await mediator.Send(new GetLeadContact(tenantId, leadId), cancellationToken);
        if (lead is null || lead.IsTest || lead.LeadId != leadId)
            return null;

        var scenario = await scenarios.ForSourceAsync(lead.SourceId, cancellationToken);
        var profile = await tenants.FindAsync(tenantId, cancellationToken);
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            LeadId = leadId,
            ScenarioId = scenario.Id,
            ScenarioVersion = scenario.Version,
            ScenarioName = scenario.Name,
            Locale = ConversationFlow.ChooseLocale(ScenarioJson.Read(scenario.Definition), lead.Country, profile?.Locale ?? "en"),
            Address = lead.Phone,
            Status = ConversationStatus.Scheduled,
            CreatedAt = time.GetUtcNow(),
            NextActionAt = time.GetUtcNow(),
        };
        db.Add(conversation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same lead's event delivered twice at once: the unique open slot let only one conversation in.
            db.ChangeTracker.Clear();
            return null;
        }

        if (lead.Phone is null)
        {
            await steps.ConcludeAsync(conversation, Verdicts.Unreachable, cancellationToken);
            return conversation;
        }
        await steps.RunDueAsync(conversation, cancellationToken);
        return conversation;
    }
}
