using System.Text.Json.Nodes;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>A lead as HubSpot contact properties: its default properties by their internal names, then the mapped attributes as given.</summary>
internal static class ContactProperties
{
    public static JsonObject Of(CrmLead lead)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in lead.Attributes)
            properties[name] = value;
        Set(properties, "email", lead.Email);
        Set(properties, "phone", lead.Phone);
        Set(properties, "firstname", lead.FirstName);
        Set(properties, "lastname", lead.LastName);
        Set(properties, "company", lead.Company);
        return properties;
    }

    private static void Set(JsonObject properties, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            properties[name] = value;
    }
}
