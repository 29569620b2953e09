using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>
/// The <c>salesforce</c> connector. Salesforce has no upsert by email, so the lead is found by a SOQL query (its email,
/// or its phone when it has no email), then updated, or created when none matches. Converted leads are left out of the
/// match: Salesforce refuses to update them, and a person who comes back after becoming a contact is a new inquiry, so
/// a new lead is created, which the org's duplicate rules may stop as a conflict. The report becomes a completed task
/// on the lead.
/// </summary>
internal sealed class SalesforceConnector(SalesforceApi api, TimeProvider time) : ICrmConnector
{
    // Salesforce's limit for a task's Description (a long text area of 32 KB).
    private const int DescriptionLimit = 32_000;

    public string Key => "salesforce";

    public async Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        // The Lead object's basic information: small, authenticated, and it says what the token's user may do with leads.
        var answer = await api.SendAsync(connection, HttpMethod.Get, "sobjects/Lead", null, cancellationToken);
        if (answer.Failure is { } failure)
            return failure;
        var lead = answer.Json.GetProperty("objectDescribe");
        return Allows(lead, "createable") && Allows(lead, "updateable")
            ? new CrmResult(RemoteOutcome.Succeeded, Message: "Salesforce accepted the token, and its user can create and update leads.")
            : new CrmResult(RemoteOutcome.PermanentFailure, Message: "Salesforce accepted the token, but its user may not create and update leads: give the integration user Create and Edit on Leads.");
    }

    public Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken) =>
        lead.Email is { Length: > 0 } email ? UpsertAsync(connection, Soql.FindOpenLead("Email", email.Trim()), lead, cancellationToken)
        : lead.Phone is { Length: > 0 } phone ? UpsertAsync(connection, Soql.FindOpenLead("Phone", phone.Trim()), lead, cancellationToken)
        : Task.FromResult(new CrmResult(RemoteOutcome.PermanentFailure, Message: "Salesforce needs the lead's email or phone to find or create its lead."));

    public async Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken)
    {
        var task = new JsonObject
        {
            ["WhoId"] = remoteId,
            ["Subject"] = $"Modular qualification: {report.Verdict}, score {report.Score}",
            ["Description"] = report.Text.Length > DescriptionLimit ? report.Text[..DescriptionLimit] : report.Text,
            ["Status"] = "Completed",
            // A date without time: the day in UTC, as the platform keeps every date.
            ["ActivityDate"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var answer = await api.SendAsync(connection, HttpMethod.Post, "sobjects/Task", task, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Created, answer.Json.GetProperty("id").GetString());
    }

    private async Task<CrmResult> UpsertAsync(CrmConnection connection, string query, CrmLead lead, CancellationToken cancellationToken)
    {
        var found = await api.SendAsync(connection, HttpMethod.Get, query, null, cancellationToken);
        if (found.Failure is { } failure)
            return failure;

        if (found.Json.GetProperty("records").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } existing)
        {
            var id = existing.GetProperty("Id").GetString()!;
            var updated = await api.SendAsync(connection, HttpMethod.Patch, $"sobjects/Lead/{WebUtility.UrlEncode(id)}", LeadFields.ForUpdate(lead), cancellationToken);
            return updated.Failure ?? new CrmResult(RemoteOutcome.Updated, id);
        }
        var created = await api.SendAsync(connection, HttpMethod.Post, "sobjects/Lead", LeadFields.ForCreate(lead), cancellationToken);
        return created.Failure ?? new CrmResult(RemoteOutcome.Created, created.Json.GetProperty("id").GetString());
    }

    private static bool Allows(JsonElement sobject, string permission) =>
        sobject.TryGetProperty(permission, out var allowed) && allowed.ValueKind == JsonValueKind.True;
}
