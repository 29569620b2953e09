using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// A lead as the fields of a Pipedrive person (API v2): <c>name</c>, and <c>emails</c> and <c>phones</c> as lists of
/// <c>{value, primary, label}</c>. Pipedrive splits the name into first and last name itself.
/// </summary>
internal static class PersonFields
{
    // Modular reaches leads by SMS or WhatsApp, so the phone it holds is a mobile.
    private const string PhoneLabel = "mobile";
    private const string EmailLabel = "work";

    /// <summary>The person's full name, or null when the lead has none.</summary>
    public static string? NameOf(CrmLead lead) =>
        string.Join(' ', new[] { lead.FirstName, lead.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim())) is { Length: > 0 } name
            ? name
            : null;

    /// <summary>A new person: Pipedrive requires a name, so a lead without one is named after its email or phone.</summary>
    public static JsonObject ForCreate(CrmLead lead)
    {
        var person = new JsonObject { ["name"] = NameOf(lead) ?? lead.Email ?? lead.Phone };
        if (!string.IsNullOrWhiteSpace(lead.Email))
            person["emails"] = new JsonArray(Entry(lead.Email, EmailLabel, primary: true));
        if (!string.IsNullOrWhiteSpace(lead.Phone))
            person["phones"] = new JsonArray(Entry(lead.Phone, PhoneLabel, primary: true));
        if (CustomFields(lead) is { } custom)
            person["custom_fields"] = custom;
        return person;
    }

    /// <summary>
    /// The tenant's field mapping, already applied to the lead's attributes, as Pipedrive's custom fields: the client
    /// maps each value to the field's key (the 40-character hash Pipedrive shows under Data fields). Null when none.
    /// </summary>
    public static JsonObject? CustomFields(CrmLead lead)
    {
        if (lead.Attributes.Count == 0)
            return null;
        var fields = new JsonObject();
        foreach (var (key, value) in lead.Attributes)
            fields[key] = value;
        return fields;
    }

    /// <summary>
    /// The list to write so that it holds <paramref name="value"/>: Pipedrive replaces a person's whole list on update,
    /// so the entries it already has (<paramref name="existing"/>, as read from the person) are written back unchanged.
    /// </summary>
    public static JsonArray WithEntry(JsonElement existing, string value, bool isEmail)
    {
        var entries = new JsonArray();
        if (existing.ValueKind == JsonValueKind.Array)
            foreach (var entry in existing.EnumerateArray())
                entries.Add(JsonNode.Parse(entry.GetRawText()));
        entries.Add(Entry(value, isEmail ? EmailLabel : PhoneLabel, primary: entries.Count == 0));
        return entries;
    }

    private static JsonObject Entry(string value, string label, bool primary) =>
        new() { ["value"] = value.Trim(), ["primary"] = primary, ["label"] = label };
}
