using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>
/// Reads the fields of a create or update body the way Salesforce does: names matched without regard to case and kept
/// in their API spelling, standard fields of the object or custom ones (<c>…__c</c>), anything else refused with
/// <c>INVALID_FIELD</c>; a JSON null clears a field.
/// </summary>
internal static class SObjectFields
{
    /// <summary>The writable standard Lead fields a connector may set.</summary>
    public static readonly IReadOnlyList<string> Lead =
    [
        "Salutation", "FirstName", "MiddleName", "LastName", "Suffix", "Title", "Company", "Email", "Phone", "MobilePhone", "Fax",
        "Website", "Street", "City", "State", "PostalCode", "Country", "Description", "LeadSource", "Status", "Industry", "Rating",
        "AnnualRevenue", "NumberOfEmployees", "HasOptedOutOfEmail", "DoNotCall", "OwnerId",
    ];

    /// <summary>The writable standard Task fields a connector may set.</summary>
    public static readonly IReadOnlyList<string> Task =
    [
        "WhoId", "WhatId", "Subject", "Description", "Status", "Priority", "ActivityDate", "OwnerId", "Type", "TaskSubtype", "ReminderDateTime", "IsReminderSet",
    ];

    /// <summary>The fields of <paramref name="body"/>, or the error Salesforce would answer.</summary>
    public static Dictionary<string, string?>? Read(JsonElement body, string objectType, IReadOnlyList<string> known, out IResult? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = SalesforceResults.Error(400, "JSON_PARSER_ERROR", "Expected a JSON object with the record's fields.");
            return null;
        }
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.Equals("Id", StringComparison.OrdinalIgnoreCase))
            {
                error = SalesforceResults.Error(400, "INVALID_FIELD", "The Id field should not be specified in the sobject data.");
                return null;
            }
            var name = known.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? (property.Name.EndsWith("__c", StringComparison.OrdinalIgnoreCase) ? property.Name : null);
            if (name is null)
            {
                error = SalesforceResults.Error(400, "INVALID_FIELD", $"No such column '{property.Name}' on sobject of type {objectType}");
                return null;
            }
            fields[name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }
        return fields;
    }

    /// <summary>Which of <paramref name="required"/> the record would lack once <paramref name="changes"/> are applied to <paramref name="current"/>.</summary>
    public static string[] Missing(IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string?> changes, params string[] required) =>
        [.. required.Where(name => string.IsNullOrWhiteSpace(changes.TryGetValue(name, out var changed) ? changed : current.GetValueOrDefault(name)))];
}
