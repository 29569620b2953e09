using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Conversations.Flow;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Modules.Leads.Contracts;
using MediatR;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>Loads what a step of a conversation needs: the scenario version it runs and the flow for its lead's language and fields.</summary>
internal sealed class ConversationContext(QualificationDbContext db, ScenarioStore scenarios, IMediator mediator, ITenantDirectory tenants)
{
    public async Task<ConversationFlow> FlowAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var version = await scenarios.VersionAsync(conversation.ScenarioId, conversation.ScenarioVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Scenario {conversation.ScenarioId} version {conversation.ScenarioVersion} is missing.");
        var lead = await mediator.Send(new GetLeadContact(conversation.TenantId, conversation.LeadId), cancellationToken);
        var profile = await tenants.FindAsync(conversation.TenantId, cancellationToken);
        return new ConversationFlow(ScenarioJson.Read(version.Definition), conversation.Locale, Fields(lead, profile));
    }

    public async Task<IReadOnlyList<GivenAnswer>> AnswersAsync(Guid conversationId, CancellationToken cancellationToken) =>
        (await db.Set<ConversationAnswer>().Where(a => a.ConversationId == conversationId).ToListAsync(cancellationToken))
            .Select(a => new GivenAnswer(a.QuestionKey, a.Understood, a.Value, a.Min, a.Max, a.At))
            .ToList();

    public static IReadOnlyDictionary<string, string?> Fields(LeadContact? lead, TenantProfile? tenant) => new Dictionary<string, string?>
    {
        ["firstName"] = lead?.FirstName,
        ["lastName"] = lead?.LastName,
        ["fullName"] = string.Join(' ', new[] { lead?.FirstName, lead?.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
        ["leadCompany"] = lead?.Company,
        ["companyName"] = tenant?.CompanyName,
    };
}
