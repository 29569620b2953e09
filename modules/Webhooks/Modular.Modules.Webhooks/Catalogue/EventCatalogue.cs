namespace Modular.Modules.Webhooks.Catalogue;

/// <summary>
/// Every event partners can receive. Messages carry ids and facts about the pipeline, never a lead's name, phone,
/// email or words: a partner holding an API key reads those through the API, where access is scoped, logged and
/// ends with an erasure; a webhook payload, once sent, is out of our hands.
/// </summary>
internal static class EventCatalogue
{
    public const string Test = "webhook.test";

    private static readonly (string, string) LeadId = ("uuid", "The lead.");

    public static readonly IReadOnlyList<EventType> All =
    [
        new("lead.received", "A new lead was stored (not sent for a duplicate merged into an existing lead). No personal data.",
            Fields(("leadId", LeadId), ("sourceId", ("uuid?", "The lead source it came through; null when entered through the API or imported.")),
                ("isTest", ("boolean", "A test lead (for example Google Ads' test submissions)")))),
        new("lead.merged", "Two leads were found to be one person and merged. No personal data.",
            Fields(("survivorId", ("uuid", "The lead that remains.")), ("mergedId", ("uuid", "The lead merged into it, no longer listed.")),
                ("mergeId", ("uuid", "The merge, which can be undone.")))),
        new("lead.scored", "A lead's score changed. No personal data.",
            Fields(("leadId", LeadId), ("previousScore", ("integer", "The score before.")), ("score", ("integer", "The score now, 0 to 100.")),
                ("winProbability", ("number?", "The chance of a win the tenant's model predicts; null without a model.")),
                ("thresholdsCrossed", ("string[]", "The score thresholds this change crossed, upwards.")))),
        new("conversation.started", "Modular started a qualification conversation with a lead. No personal data.",
            Fields(("leadId", LeadId), ("conversationId", ("uuid", "The conversation.")), ("scenario", ("string", "The scenario's key.")),
                ("scenarioVersion", ("integer", "The scenario's version.")))),
        new("message.sent", "A message to a lead was accepted by its channel. Not its text nor the address.",
            Fields(("messageId", ("uuid", "The message.")), ("leadId", ("uuid?", "The lead, when the message was to one.")),
                ("channel", ("string", "sms, whatsapp or email.")), ("segments", ("integer", "Billable segments.")))),
        new("message.received", "A lead's message arrived. Not its text nor the address.",
            Fields(("messageId", ("uuid", "The message.")), ("leadId", ("uuid?", "The lead, when known.")), ("channel", ("string", "sms, whatsapp or email.")),
                ("optOut", ("boolean", "The message was an opt-out (STOP).")))),
        new("lead.qualified", "A conversation concluded Hot or Qualified. No personal data: the answers are read through the API.",
            Verdict()),
        new("lead.disqualified", "A conversation concluded Disqualified, NoResponse, OptedOut or Unreachable (ToReview sends neither event). No personal data.",
            Verdict()),
        new("crm.synced", "A lead, with its qualification report when it had one, is in the tenant's CRM. No personal data.",
            Fields(("leadId", LeadId), ("connectorType", ("string", "The CRM connector, for example hubspot.")),
                ("remoteId", ("string", "The record's id in the CRM.")))),
        new("subject.erased", "A person's data was erased at their request (GDPR art. 17): erase what you hold about these leads. No personal data.",
            Fields(("requestId", ("uuid", "The erasure request.")), ("leadIds", ("uuid[]", "The leads erased, ids you saw in earlier events.")))),
        new(Test, "Sent by POST /api/v1/webhooks/endpoints/{id}/test, to that endpoint only.",
            Fields(("endpointId", ("uuid", "The endpoint tested.")))),
    ];

    public static EventType? Find(string type) => All.FirstOrDefault(e => e.Type == type);

    /// <summary>The types an endpoint may subscribe to (the test event always reaches the endpoint it tests).</summary>
    public static IEnumerable<string> Subscribable => All.Select(e => e.Type).Where(t => t != Test);

    private static Dictionary<string, (string, string)> Verdict() => Fields(
        ("leadId", LeadId), ("conversationId", ("uuid", "The conversation.")), ("verdict", ("string", "The verdict.")),
        ("scenario", ("string", "The scenario's key.")), ("concludedAt", ("string", "When the conversation concluded (UTC).")));

    private static Dictionary<string, (string, string)> Fields(params (string Name, (string, string) Field)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Field);
}
