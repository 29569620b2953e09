namespace Modular.Modules.Leads.Intake.GoogleAdsHook;

/// <summary>The lead form columns Google names by a fixed <c>column_id</c> that match a lead field.</summary>
internal static class GoogleAdsColumns
{
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["FULL_NAME"] = LeadFields.FullName,
        ["FIRST_NAME"] = LeadFields.FirstName,
        ["LAST_NAME"] = LeadFields.LastName,
        ["EMAIL"] = LeadFields.Email,
        ["PHONE_NUMBER"] = LeadFields.Phone,
        ["POSTAL_CODE"] = LeadFields.PostalCode,
        ["CITY"] = LeadFields.City,
        ["COUNTRY"] = LeadFields.Country,
        ["COMPANY_NAME"] = LeadFields.Company,
    };

    /// <summary>Work contacts fill the lead's email and phone only when the form did not also ask for the personal ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fallbacks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["WORK_EMAIL"] = LeadFields.Email,
        ["WORK_PHONE"] = LeadFields.Phone,
    };

    /// <summary>The ids of the webhook's own properties kept on the lead, to trace it back to the ad that brought it.</summary>
    public static readonly IReadOnlyList<string> Tracking = ["lead_id", "campaign_id", "form_id", "gcl_id", "adgroup_id", "creative_id"];

    public const string TrackingPrefix = "googleAds.";
}
