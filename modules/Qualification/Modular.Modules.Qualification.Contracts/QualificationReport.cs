using MediatR;

namespace Modular.Modules.Qualification.Contracts;

/// <summary>What a conversation found out about a lead: the report pushed to the CRM, sent to reps and shown in the dashboard.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Verdict">Hot, Qualified, ToReview, Disqualified, NoResponse, OptedOut or Unreachable.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioVersion">The version the conversation ran.</param>
/// <param name="Locale">The conversation's language.</param>
/// <param name="Answers">Each question asked, in order, with the reply and what it was understood as.</param>
/// <param name="ConcludedAt">When the verdict was reached.</param>
public sealed record QualificationReport(
    Guid LeadId,
    Guid ConversationId,
    string Verdict,
    string Scenario,
    int ScenarioVersion,
    string Locale,
    IReadOnlyList<ReportAnswer> Answers,
    DateTimeOffset ConcludedAt);

/// <summary>One answered (or unanswered) question of a report.</summary>
/// <param name="Key">The question's key in the scenario, for example <c>budget</c>.</param>
/// <param name="Question">The question as sent.</param>
/// <param name="Reply">The lead's reply as written, null when unanswered.</param>
/// <param name="Value">What it was understood as (see <c>QuestionTypes</c>), null when not understood.</param>
/// <param name="Understood">Whether the interpreter understood it.</param>
public sealed record ReportAnswer(string Key, string Question, string? Reply, string? Value, bool Understood);

/// <summary>Asks for a lead's latest qualification report; null when no conversation concluded.</summary>
/// <param name="TenantId">The lead's tenant.</param>
/// <param name="LeadId">The lead.</param>
public sealed record GetQualificationReport(Guid TenantId, Guid LeadId) : IRequest<QualificationReport?>;
