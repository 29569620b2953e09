using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Conversations;

namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>Each stored row as the flat record an access request shows.</summary>
internal static class QualificationRecords
{
    /// <param name="interpreter">The interpreter the conversation's scenario version chose (<c>builtin</c> when none).</param>
    public static Dictionary<string, string?> Of(Conversation conversation, string interpreter) => new()
    {
        ["conversationId"] = Values.Of(conversation.Id),
        ["leadId"] = Values.Of(conversation.LeadId),
        ["scenario"] = conversation.ScenarioName,
        ["scenarioVersion"] = conversation.ScenarioVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["interpreter"] = interpreter,
        ["locale"] = conversation.Locale,
        ["address"] = conversation.Address,
        ["status"] = conversation.Status.ToString().ToLowerInvariant(),
        ["verdict"] = conversation.Verdict,
        ["createdAt"] = Values.Of(conversation.CreatedAt),
        ["startedAt"] = Values.Of(conversation.StartedAt),
        ["lastReplyAt"] = Values.Of(conversation.LastInboundAt),
        ["endedAt"] = Values.Of(conversation.EndedAt),
    };

    public static Dictionary<string, string?> Of(ConversationMessage message) => new()
    {
        ["conversationId"] = Values.Of(message.ConversationId),
        ["direction"] = message.Direction,
        ["text"] = message.Text,
        ["at"] = Values.Of(message.At),
        ["question"] = message.QuestionKey,
    };

    public static Dictionary<string, string?> Of(ConversationAnswer answer) => new()
    {
        ["conversationId"] = Values.Of(answer.ConversationId),
        ["question"] = answer.QuestionKey,
        ["questionText"] = answer.QuestionText,
        ["reply"] = answer.Reply,
        ["value"] = answer.Value,
        ["min"] = Values.Of(answer.Min),
        ["max"] = Values.Of(answer.Max),
        ["understood"] = Values.Of(answer.Understood),
        ["confidence"] = Values.Of(answer.Confidence),
        ["at"] = Values.Of(answer.At),
    };

    public static Dictionary<string, string?> Of(LeadAssignment assignment) => new()
    {
        ["leadId"] = Values.Of(assignment.LeadId),
        ["repUserId"] = Values.Of(assignment.UserId),
        ["method"] = assignment.Method,
        ["rule"] = assignment.RuleIndex is { } index ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        ["assignedAt"] = Values.Of(assignment.AssignedAt),
    };

    public static Dictionary<string, string?> Of(AlertDelivery alert) => new()
    {
        ["leadId"] = Values.Of(alert.LeadId),
        ["conversationId"] = Values.Of(alert.ConversationId),
        ["repUserId"] = Values.Of(alert.UserId),
        ["channel"] = alert.Channel,
        ["status"] = alert.Status,
        ["reason"] = alert.Reason,
        ["dueAt"] = Values.Of(alert.DueAt),
        ["updatedAt"] = Values.Of(alert.UpdatedAt),
    };
}
