using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>The Lead object: its basic information, and creating, reading and updating records, with Salesforce's checks.</summary>
internal static class LeadResource
{
    private static readonly string[] Required = ["LastName", "Company"];

    /// <summary><c>GET sobjects/Lead</c>: what the token's user may do with leads, and the recent ones.</summary>
    public static IResult Describe(FakeSalesforceServer server, SalesforceCall call) =>
        SalesforceResults.Json(new JsonObject
        {
            ["objectDescribe"] = new JsonObject
            {
                ["name"] = "Lead",
                ["label"] = "Lead",
                ["keyPrefix"] = SalesforceIds.LeadPrefix,
                ["createable"] = true,
                ["updateable"] = true,
                ["queryable"] = true,
                ["urls"] = new JsonObject { ["sobject"] = $"/services/data/{call.ApiVersion}/sobjects/Lead" },
            },
            ["recentItems"] = new JsonArray([.. server.LeadsHeld.TakeLast(3).Select(l => (JsonNode)SalesforceResults.Record("Lead", l.Id, call.ApiVersion))]),
        });

    /// <summary><c>POST sobjects/Lead</c>: 201 <c>{id,success,errors}</c>.</summary>
    public static IResult Create(FakeSalesforceServer server, SalesforceCall call)
    {
        if (SObjectFields.Read(call.Body, "Lead", SObjectFields.Lead, out var error) is not { } changes)
            return error!;
        if (Check(server, call, null, changes) is { } refused)
            return refused;
        var fields = changes.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        return SalesforceResults.Created(server.CreateLead(fields).Id);
    }

    /// <summary><c>GET sobjects/Lead/{id}</c>: the record with its attributes and every field it holds.</summary>
    public static IResult Get(FakeSalesforceServer server, SalesforceCall call)
    {
        if (server.FindLead(call.RecordId) is not { } lead)
            return SalesforceResults.NotFound();
        var record = SalesforceResults.Record("Lead", lead.Id, call.ApiVersion);
        foreach (var (name, value) in lead.Fields)
            record[name] = value;
        record["IsConverted"] = lead.IsConverted;
        record["CreatedDate"] = DateTime(lead.CreatedDate);
        record["LastModifiedDate"] = DateTime(lead.LastModifiedDate);
        return SalesforceResults.Json(record);
    }

    /// <summary><c>PATCH sobjects/Lead/{id}</c>: 204, or why Salesforce would refuse it.</summary>
    public static IResult Update(FakeSalesforceServer server, SalesforceCall call)
    {
        if (server.FindLead(call.RecordId) is not { } lead)
            return SalesforceResults.NotFound();
        if (lead.IsConverted)
            return SalesforceResults.Error(400, "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead");
        if (SObjectFields.Read(call.Body, "Lead", SObjectFields.Lead, out var error) is not { } changes)
            return error!;
        if (Check(server, call, lead, changes) is { } refused)
            return refused;
        server.UpdateLead(lead, changes);
        return Results.NoContent();
    }

    // Salesforce writes datetimes in UTC with milliseconds and a +0000 offset.
    private static string DateTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    /// <summary>Required fields, the email's shape, then the duplicate rule, in the order Salesforce runs its checks.</summary>
    private static IResult? Check(FakeSalesforceServer server, SalesforceCall call, FakeSalesforceLead? lead, IReadOnlyDictionary<string, string?> changes)
    {
        var current = lead?.Fields ?? new Dictionary<string, string>();
        if (SObjectFields.Missing(current, changes, Required) is { Length: > 0 } missing)
            return SalesforceResults.Error(400, "REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", missing)}]", missing);

        if (!changes.TryGetValue("Email", out var email) || string.IsNullOrWhiteSpace(email))
            return null;
        if (email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace))
            return SalesforceResults.Error(400, "INVALID_EMAIL_ADDRESS", $"Email: invalid email address: {email}", "Email");

        if (!server.DuplicateRuleOnEmail || call.AllowsDuplicates)
            return null;
        var duplicates = server.LeadsHeld
            .Where(other => other.Id != lead?.Id && string.Equals(other.Email, email, StringComparison.OrdinalIgnoreCase))
            .Select(other => other.Id)
            .ToList();
        return duplicates.Count > 0 ? SalesforceResults.DuplicatesDetected(call.ApiVersion, duplicates) : null;
    }
}
