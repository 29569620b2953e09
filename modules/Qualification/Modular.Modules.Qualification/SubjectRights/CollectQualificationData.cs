using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Conversations;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>
/// Adds the subject's conversations, their transcript and answers, the rep they were given to and the alerts about
/// them to an access request, read as the request's tenant only. Only reads.
/// </summary>
internal sealed class CollectQualificationData(ILifetimeScope scope) : INotificationHandler<CollectSubjectData>
{
    public async Task Handle(CollectSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var db = tenantScope.Resolve<QualificationDbContext>();
        var leadIds = request.Subject.LeadIds.ToList();

        var conversations = await db.Set<Conversation>().AsNoTracking().Where(c => leadIds.Contains(c.LeadId)).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var interpreters = await InterpretersAsync(db, conversations, cancellationToken);
        request.Add(Section("conversations", QualificationGrounds.Conversations,
            conversations.Select(c => QualificationRecords.Of(c, interpreters[(c.ScenarioId, c.ScenarioVersion)])), QualificationLogic.Verdict));

        var conversationIds = conversations.Select(c => c.Id).ToList();
        var messages = await db.Set<ConversationMessage>().AsNoTracking().Where(m => conversationIds.Contains(m.ConversationId)).OrderBy(m => m.At).ToListAsync(cancellationToken);
        request.Add(Section("conversation messages", QualificationGrounds.Transcript, messages.Select(QualificationRecords.Of)));

        var answers = await db.Set<ConversationAnswer>().AsNoTracking().Where(a => conversationIds.Contains(a.ConversationId)).OrderBy(a => a.At).ToListAsync(cancellationToken);
        request.Add(Section("answers", QualificationGrounds.Answers, answers.Select(QualificationRecords.Of), QualificationLogic.Interpretation));

        var assignments = await db.Set<LeadAssignment>().AsNoTracking().Where(a => leadIds.Contains(a.LeadId)).ToListAsync(cancellationToken);
        request.Add(Section("lead assignments", QualificationGrounds.Assignments, assignments.Select(QualificationRecords.Of)));

        var alerts = await db.Set<AlertDelivery>().AsNoTracking().Where(a => leadIds.Contains(a.LeadId)).OrderBy(a => a.UpdatedAt).ToListAsync(cancellationToken);
        request.Add(Section("alerts to reps", QualificationGrounds.Alerts, alerts.Select(QualificationRecords.Of)));
    }

    /// <summary>The interpreter each conversation's scenario version chose: what read the person's replies.</summary>
    private static async Task<Dictionary<(Guid, int), string>> InterpretersAsync(QualificationDbContext db, List<Conversation> conversations, CancellationToken cancellationToken)
    {
        var scenarioIds = conversations.Select(c => c.ScenarioId).Distinct().ToList();
        var versions = await db.Set<ScenarioVersion>().AsNoTracking().Where(v => scenarioIds.Contains(v.ScenarioId)).ToListAsync(cancellationToken);
        var chosen = versions.ToDictionary(v => (v.ScenarioId, v.Version), v => ScenarioJson.Read(v.Definition).Interpreter);
        return conversations.Select(c => (c.ScenarioId, c.ScenarioVersion)).Distinct()
            .ToDictionary(key => key, key => chosen.GetValueOrDefault(key) is { Length: > 0 } interpreter ? interpreter : BuiltInInterpreter.BuiltInKey);
    }

    private static SubjectDataSection Section(string category, ProcessingGrounds grounds, IEnumerable<IReadOnlyDictionary<string, string?>> records, string? logic = null) =>
        new(QualificationGrounds.Module, category, grounds, [.. records], logic);
}
