using System.Text.Json.Nodes;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>A lead as the fields of a Salesforce Lead: the mapped attributes as given, then the standard fields by their API names.</summary>
internal static class LeadFields
{
    /// <summary>
    /// What a new Lead gets when the lead lacks a last name or a company, both required by Salesforce: the placeholder
    /// Salesforce's own Web-to-Lead writes in the same case, so sales teams recognise it and can find such leads.
    /// </summary>
    public const string NotProvided = "[not provided]";

    /// <summary>The fields of a new Lead, <c>LastName</c> and <c>Company</c> always filled.</summary>
    public static JsonObject ForCreate(CrmLead lead)
    {
        var fields = ForUpdate(lead);
        foreach (var required in new[] { "LastName", "Company" })
            if (!fields.ContainsKey(required))
                fields[required] = NotProvided;
        return fields;
    }

    /// <summary>
    /// The fields to write on an existing Lead: only what the lead carries, so a name or company a sales rep entered is
    /// never replaced by a placeholder.
    /// </summary>
    public static JsonObject ForUpdate(CrmLead lead)
    {
        // Salesforce field names are case-insensitive: an attribute "email" and the lead's Email are one field.
        var fields = new JsonObject(new JsonNodeOptions { PropertyNameCaseInsensitive = true });
        foreach (var (name, value) in lead.Attributes)
            Set(fields, name, value);
        Set(fields, "Email", lead.Email);
        Set(fields, "Phone", lead.Phone);
        Set(fields, "FirstName", lead.FirstName);
        Set(fields, "LastName", lead.LastName);
        Set(fields, "Company", lead.Company);
        return fields;
    }

    private static void Set(JsonObject fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            fields[name] = value.Trim();
    }
}
