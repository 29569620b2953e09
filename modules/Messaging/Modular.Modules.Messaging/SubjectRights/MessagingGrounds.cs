using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Messaging.SubjectRights;

/// <summary>Why the Messaging module holds each category, as the tenant (the controller) owes it to the person.</summary>
internal static class MessagingGrounds
{
    public const string Module = "messaging";

    private const string Retention = "3 years from the person's last contact (CNIL guidance for prospects), or until erased at their request";

    public static readonly ProcessingGrounds Messages = new(
        "write to the person and receive their replies on the tenant's behalf, and know whether each message arrived",
        "consent where the person gave it on the tenant's form (art. 6(1)(a)), otherwise the tenant's legitimate interest in answering the request they made (art. 6(1)(f))",
        "the tenant's users; the SMS, WhatsApp or email provider that carried the message", Retention,
        "messages the tenant's conversations sent, and the person's replies");

    public static readonly ProcessingGrounds Alerts = new(
        "tell the tenant's sales reps about the person's request", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's sales rep; the SMS or email provider that carried the alert", Retention, "the person's lead and conversation");

    public static readonly ProcessingGrounds Suppression = new(
        "never write to the person again after they asked to stop",
        "the tenant's legal obligation to honour an objection to direct marketing (art. 21(3); CNIL opposition lists)",
        "nobody outside Modular", "as long as the tenant prospects: an opposition must outlast the data it opposes",
        "the person's STOP reply, their request, or the provider's refusal to deliver");
}
