using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Samples.CrmConnector;

/// <summary>
/// The <c>samplecrm</c> connector. One instance serves every tenant: each call brings the tenant's base URL and key,
/// so the connector keeps no per-tenant state. A lead is looked up by email, or by phone when it has no email, then
/// updated or created; the report becomes a note on the contact.
/// </summary>
internal sealed class SampleCrmConnector(SampleCrmApi api) : ICrmConnector
{
    /// <summary>The <c>type</c> tenants give in <c>POST /api/v1/crm/connectors</c>; it never changes once published.</summary>
    public string Key => "samplecrm";

    public async Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        // The cheapest call that proves both the address and the key, and writes nothing.
        var answer = await api.SendAsync(connection, HttpMethod.Get, "me", null, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Succeeded, Message: "Sample CRM accepted the API key.");
    }

    /// <remarks>
    /// Search first, then update or create: the host retries a push whose answer was lost (a timeout after Sample CRM
    /// created the contact), and the search then finds what the first try created, so a retry never makes a second
    /// contact. The email is the key when there is one; the phone only when there is none, because a phone is shared
    /// more often than an email (a switchboard, a household) and matching on it would overwrite another person.
    /// </remarks>
    public async Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken)
    {
        var query = lead.Email is { Length: > 0 } email ? $"contacts?email={Uri.EscapeDataString(email)}"
            : lead.Phone is { Length: > 0 } phone ? $"contacts?phone={Uri.EscapeDataString(phone)}"
            : null;
        if (query is null)
            return new CrmResult(RemoteOutcome.PermanentFailure, Message: "Sample CRM needs the lead's email or phone to find or create its contact.");

        var found = await api.SendAsync(connection, HttpMethod.Get, query, null, cancellationToken);
        if (found.Failure is { } failure)
            return failure;

        // Sample CRM answers the oldest match first: the record people have worked on longest.
        if (found.Json.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } existing)
        {
            var id = existing.GetProperty("id").GetString()!;
            var updated = await api.SendAsync(connection, HttpMethod.Put, $"contacts/{Uri.EscapeDataString(id)}", Contact(lead), cancellationToken);
            return updated.Failure ?? new CrmResult(RemoteOutcome.Updated, id);
        }
        var created = await api.SendAsync(connection, HttpMethod.Post, "contacts", Contact(lead), cancellationToken);
        return created.Failure ?? new CrmResult(RemoteOutcome.Created, created.Json.GetProperty("id").GetString());
    }

    /// <remarks>
    /// The host stores the note's id as soon as it is known and does not attach the same report twice, so this only
    /// has to create one note per call.
    /// </remarks>
    public async Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken)
    {
        // Sample CRM shows notes as plain text, so the report's text goes as it is, under a heading sales reps can scan.
        var note = new JsonObject { ["text"] = $"Modular qualification: {report.Verdict}, score {report.Score}\n\n{report.Text}" };
        var answer = await api.SendAsync(connection, HttpMethod.Post, $"contacts/{Uri.EscapeDataString(remoteId)}/notes", note, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Created, answer.Json.GetProperty("id").GetString());
    }

    /// <summary>
    /// The contact's body. Values the lead lacks are left out rather than sent empty, so an update never erases what a
    /// sales rep typed in the CRM. Attributes are the tenant's field mapping, already applied by the host: CRM field
    /// name to value.
    /// </summary>
    private static JsonObject Contact(CrmLead lead)
    {
        var contact = new JsonObject();
        Set(contact, "email", lead.Email);
        Set(contact, "phone", lead.Phone);
        Set(contact, "firstName", lead.FirstName);
        Set(contact, "lastName", lead.LastName);
        Set(contact, "company", lead.Company);
        var fields = new JsonObject();
        foreach (var (name, value) in lead.Attributes)
            fields[name] = value;
        contact["fields"] = fields;
        return contact;
    }

    private static void Set(JsonObject contact, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            contact[name] = value;
    }
}
