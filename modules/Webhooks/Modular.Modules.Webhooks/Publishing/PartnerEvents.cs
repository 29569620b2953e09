using System.Text.Json.Nodes;
using Autofac;
using MediatR;
using Modular.Modules.Crm.Contracts;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Events;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Publishing;

/// <summary>
/// The integration events partners hear about, each delivered here by the outbox (at least once) and turned into
/// the catalogue's message. What goes into <c>data</c> is decided here, field by field (see <see cref="Catalogue.EventCatalogue"/>).
/// </summary>
internal sealed class PartnerEvents(ILifetimeScope scope) :
    INotificationHandler<LeadReceived>, INotificationHandler<LeadsMerged>, INotificationHandler<LeadScored>,
    INotificationHandler<ConversationStarted>, INotificationHandler<MessageSent>, INotificationHandler<MessageReceived>,
    INotificationHandler<LeadVerdictReached>, INotificationHandler<LeadSyncedToCrm>, INotificationHandler<SubjectErased>
{
    private static readonly string[] Qualified = ["Hot", "Qualified"];
    private static readonly string[] Disqualified = ["Disqualified", "NoResponse", "OptedOut", "Unreachable"];

    public Task Handle(LeadReceived e, CancellationToken ct) =>
        PublishAsync(e, "lead.received", new() { ["leadId"] = e.LeadId, ["sourceId"] = e.SourceId, ["isTest"] = e.IsTest }, ct);

    public Task Handle(LeadsMerged e, CancellationToken ct) =>
        PublishAsync(e, "lead.merged", new() { ["survivorId"] = e.SurvivorId, ["mergedId"] = e.MergedId, ["mergeId"] = e.MergeId }, ct);

    public Task Handle(LeadScored e, CancellationToken ct) =>
        PublishAsync(e, "lead.scored", new()
        {
            ["leadId"] = e.LeadId, ["previousScore"] = e.PreviousScore, ["score"] = e.Score, ["winProbability"] = e.WinProbability,
            ["thresholdsCrossed"] = new JsonArray([.. e.ThresholdsCrossed.Select(t => (JsonNode)t)]),
        }, ct);

    public Task Handle(ConversationStarted e, CancellationToken ct) =>
        PublishAsync(e, "conversation.started", new()
        {
            ["leadId"] = e.LeadId, ["conversationId"] = e.ConversationId, ["scenario"] = e.Scenario, ["scenarioVersion"] = e.ScenarioVersion,
        }, ct);

    public Task Handle(MessageSent e, CancellationToken ct) =>
        PublishAsync(e, "message.sent", new() { ["messageId"] = e.MessageId, ["leadId"] = e.LeadId, ["channel"] = e.Channel, ["segments"] = e.Segments }, ct);

    public Task Handle(MessageReceived e, CancellationToken ct) =>
        PublishAsync(e, "message.received", new() { ["messageId"] = e.MessageId, ["leadId"] = e.LeadId, ["channel"] = e.Channel, ["optOut"] = e.OptOut }, ct);

    public Task Handle(LeadVerdictReached e, CancellationToken ct)
    {
        var report = e.Report;
        var type = Qualified.Contains(report.Verdict) ? "lead.qualified" : Disqualified.Contains(report.Verdict) ? "lead.disqualified" : null;
        return type is null
            ? Task.CompletedTask
            : PublishAsync(e, type, new()
            {
                ["leadId"] = report.LeadId, ["conversationId"] = report.ConversationId, ["verdict"] = report.Verdict,
                ["scenario"] = report.Scenario, ["concludedAt"] = report.ConcludedAt.UtcDateTime,
            }, ct);
    }

    public Task Handle(LeadSyncedToCrm e, CancellationToken ct) =>
        PublishAsync(e, "crm.synced", new() { ["leadId"] = e.LeadId, ["connectorType"] = e.ConnectorType, ["remoteId"] = e.RemoteId }, ct);

    public Task Handle(SubjectErased e, CancellationToken ct) =>
        PublishAsync(e, "subject.erased", new()
        {
            ["requestId"] = e.RequestId, ["leadIds"] = new JsonArray([.. e.LeadIds.Select(id => (JsonNode)id.ToString())]),
        }, ct);

    private async Task PublishAsync(IntegrationEvent e, string type, JsonObject data, CancellationToken cancellationToken)
    {
        if (e.TenantId == Guid.Empty)
            return;
        await using var tenant = scope.BeginTenantScope(e.TenantId);
        await tenant.Resolve<MessageQueue>().PublishAsync(e.EventId, type, e.OccurredAt, data, cancellationToken);
    }
}
