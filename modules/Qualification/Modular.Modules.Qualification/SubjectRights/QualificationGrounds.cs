using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>Why the Qualification module holds each category, as the tenant (the controller) owes it to the person.</summary>
internal static class QualificationGrounds
{
    public const string Module = "qualification";

    private const string Retention = "3 years from the person's last reply (CNIL guidance for prospects), or until erased at their request";
    private const string Basis = "consent where the person gave it on the tenant's form (art. 6(1)(a)), otherwise the tenant's legitimate interest in answering the request they made (art. 6(1)(f))";
    private const string Conversation = "the conversation the tenant's scenario held with the person by SMS, WhatsApp or email";

    public static readonly ProcessingGrounds Conversations = new(
        "ask the person the tenant's qualification questions and decide how their request should be followed up", Basis,
        "the tenant's users; the messaging provider that carried the messages; the tenant's CRM, when connected", Retention, Conversation);

    public static readonly ProcessingGrounds Transcript = new(
        "keep what was said, so the tenant's sales team can follow up where the conversation stopped", Basis,
        "the tenant's users; the messaging provider that carried the messages", Retention, Conversation);

    public static readonly ProcessingGrounds Answers = new(
        "understand the person's replies to the qualification questions", Basis,
        "the tenant's users; the tenant's CRM, when connected; the AI provider the tenant chose, when its scenario uses one (replies masked of names, emails, numbers and addresses)",
        Retention, "the person's replies in the conversation");

    public static readonly ProcessingGrounds Assignments = new(
        "give the lead to one of the tenant's sales reps", "the tenant's legitimate interest (art. 6(1)(f))", "the tenant's users", Retention,
        "the tenant's assignment rules");

    public static readonly ProcessingGrounds Alerts = new(
        "tell the assigned sales rep about the lead and its qualification report", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's sales rep; the SMS or email provider that carried the alert", Retention, "the conversation's verdict");
}
