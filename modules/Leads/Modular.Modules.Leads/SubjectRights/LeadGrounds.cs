using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// Why the Leads module holds each category, as the tenant (the controller) owes it to the person. Worded once here
/// so an access request and the records of processing say the same thing.
/// </summary>
internal static class LeadGrounds
{
    public const string Module = "leads";

    private const string Retention = "3 years from collection or from the person's last contact (CNIL guidance for prospects), or until erased at their request";
    private const string Basis = "consent where a consent record exists (art. 6(1)(a)), otherwise the tenant's legitimate interest in answering a request the person made (art. 6(1)(f))";

    public static readonly ProcessingGrounds Lead = new(
        "contact the person who asked to be contacted, qualify their request and hand it to the tenant's sales team",
        Basis, "the tenant's users; the tenant's CRM and partners, when the tenant connected them", Retention,
        "the form, ad, file or API call the lead came through");

    public static readonly ProcessingGrounds Consent = new(
        "prove that the person agreed to be contacted, and to what",
        "the tenant's legal obligation to demonstrate consent (art. 7(1))", "the tenant's users", Retention,
        "the form the person filled in");

    public static readonly ProcessingGrounds Tags = new(
        "let the tenant's team sort and find leads", Basis, "the tenant's users", Retention, "the tenant's users and lead sources");

    public static readonly ProcessingGrounds Scoring = new(
        "rank leads so the tenant's sales team calls the most promising first", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's users; the tenant's CRM and partners, when connected", Retention,
        "computed by Modular from the lead's data, the tenant's scoring rules and the tenant's won and lost leads");

    public static readonly ProcessingGrounds Outcome = new(
        "record whether the request led to a sale, to measure and improve lead handling", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's users", Retention, "the tenant's users or the tenant's CRM");

    public static readonly ProcessingGrounds Timeline = new(
        "keep a history of what was done with the lead and who did it", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's users", Retention, "Modular's modules and the tenant's users");

    public static readonly ProcessingGrounds Merges = new(
        "recognise several submissions of one person as one lead, and undo a wrong merge", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's users", Retention, "Modular's duplicate detection or the tenant's users");

    public static readonly ProcessingGrounds Requests = new(
        "make sure a lead sent twice (a retried call) is stored once", "the tenant's legitimate interest (art. 6(1)(f))",
        "nobody outside Modular", Retention, "the system that sent the lead");

    public static readonly ProcessingGrounds ImportErrors = new(
        "show the tenant which lines of an imported file could not be read, so they can be fixed", "the tenant's legitimate interest (art. 6(1)(f))",
        "the tenant's users", Retention, "a file the tenant imported");
}
