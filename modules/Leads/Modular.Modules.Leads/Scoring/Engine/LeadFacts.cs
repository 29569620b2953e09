namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// What scoring may know about one lead, built by the module from its stored data so the engine never reads storage.
/// </summary>
/// <param name="Fields">
/// Lead fields by name: <c>source</c>, <c>country</c>, <c>city</c>, <c>postalCode</c>, <c>company</c>, <c>email</c>,
/// <c>phone</c>, <c>phoneType</c>, <c>isTest</c>, custom attributes as <c>attributes.&lt;name&gt;</c>, and <c>tags</c> comma-joined.
/// </param>
/// <param name="Answers">Qualification answers by question key.</param>
/// <param name="Replied">Whether the lead ever answered a message.</param>
/// <param name="FirstReplyAfter">Time from the first message sent to the lead's first reply; null when it never replied.</param>
/// <param name="AnswersGiven">How many qualification questions the lead answered.</param>
/// <param name="CreatedAt">When the lead arrived; decay counts from here when nothing happened since.</param>
/// <param name="LastActivityAt">The lead's last activity, which engagement decay counts from.</param>
internal sealed record LeadFacts(
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyDictionary<string, string?> Answers,
    bool Replied,
    TimeSpan? FirstReplyAfter,
    int AnswersGiven,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastActivityAt);
