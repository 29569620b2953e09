using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Crm.SubjectRights;

/// <summary>Why the Crm module holds its category, as the tenant (the controller) owes it to the person.</summary>
internal static class CrmGrounds
{
    public const string Module = "crm";

    public static readonly ProcessingGrounds Pushes = new(
        "copy the qualified lead and its qualification report into the tenant's CRM, and retry until it is there",
        "the tenant's legitimate interest in following up the request the person made (art. 6(1)(f))",
        "the tenant's CRM (HubSpot, Pipedrive, Salesforce or another, as the tenant connected it)",
        "3 years from the person's last contact (CNIL guidance for prospects), or until erased at their request",
        "the lead and its conversation in Modular");
}
