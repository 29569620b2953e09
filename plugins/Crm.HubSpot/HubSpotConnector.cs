using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>
/// The <c>hubspot</c> connector. A lead with an email is upserted by email in one call (HubSpot keeps emails unique,
/// so a retry updates the contact the first call created); a lead with only a phone is searched by phone first, then
/// updated or created. The report becomes a note associated with the contact. It also reads the contacts created in
/// HubSpot (<see cref="ICrmLeadFeed"/>, see <see cref="ContactFeed"/>).
/// </summary>
internal sealed class HubSpotConnector(HubSpotApi api, TimeProvider time, ContactFeed feed) : ICrmConnector, ICrmLeadFeed
{
    // HubSpot's association type for a note attached to a contact.
    private const int NoteToContact = 202;

    public string Key => "hubspot";

    public async Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        var answer = await api.SendAsync(connection, HttpMethod.Get, "crm/v3/objects/contacts?limit=1", null, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Succeeded, Message: "HubSpot accepted the token.");
    }

    public Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken) =>
        lead.Email is { Length: > 0 } email ? UpsertByEmailAsync(connection, email, lead, cancellationToken)
        : lead.Phone is { Length: > 0 } phone ? UpsertByPhoneAsync(connection, phone, lead, cancellationToken)
        : Task.FromResult(new CrmResult(RemoteOutcome.PermanentFailure, Message: "HubSpot needs the lead's email or phone to find or create its contact."));

    public async Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken)
    {
        var note = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["hs_timestamp"] = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(),
                ["hs_note_body"] = NoteBody(report),
            },
            ["associations"] = new JsonArray(new JsonObject
            {
                ["to"] = new JsonObject { ["id"] = remoteId },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = NoteToContact }),
            }),
        };
        var answer = await api.SendAsync(connection, HttpMethod.Post, "crm/v3/objects/notes", note, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Created, answer.Json.GetProperty("id").GetString());
    }

    public Task<CrmLeadPage> ReadNewLeadsAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken) =>
        feed.ReadAsync(connection, cursor, cancellationToken);

    private async Task<CrmResult> UpsertByEmailAsync(CrmConnection connection, string email, CrmLead lead, CancellationToken cancellationToken)
    {
        var batch = new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["idProperty"] = "email", ["id"] = email, ["properties"] = ContactProperties.Of(lead) }),
        };
        var answer = await api.SendAsync(connection, HttpMethod.Post, "crm/v3/objects/contacts/batch/upsert", batch, cancellationToken);
        if (answer.Failure is { } failure)
            return failure;
        var contact = answer.Json.GetProperty("results")[0];
        var isNew = contact.TryGetProperty("new", out var created) && created.GetBoolean();
        return new CrmResult(isNew ? RemoteOutcome.Created : RemoteOutcome.Updated, contact.GetProperty("id").GetString());
    }

    private async Task<CrmResult> UpsertByPhoneAsync(CrmConnection connection, string phone, CrmLead lead, CancellationToken cancellationToken)
    {
        var search = new JsonObject
        {
            ["filterGroups"] = new JsonArray(new JsonObject
            {
                ["filters"] = new JsonArray(new JsonObject { ["propertyName"] = "phone", ["operator"] = "EQ", ["value"] = phone }),
            }),
            ["limit"] = 1,
        };
        var found = await api.SendAsync(connection, HttpMethod.Post, "crm/v3/objects/contacts/search", search, cancellationToken);
        if (found.Failure is { } failure)
            return failure;

        var properties = new JsonObject { ["properties"] = ContactProperties.Of(lead) };
        if (found.Json.GetProperty("results").EnumerateArray().FirstOrDefault() is { ValueKind: not JsonValueKind.Undefined } existing)
        {
            var id = existing.GetProperty("id").GetString()!;
            var updated = await api.SendAsync(connection, HttpMethod.Patch, $"crm/v3/objects/contacts/{WebUtility.UrlEncode(id)}", properties, cancellationToken);
            return updated.Failure ?? new CrmResult(RemoteOutcome.Updated, id);
        }
        var created = await api.SendAsync(connection, HttpMethod.Post, "crm/v3/objects/contacts", properties, cancellationToken);
        return created.Failure ?? new CrmResult(RemoteOutcome.Created, created.Json.GetProperty("id").GetString());
    }

    /// <summary>HubSpot shows a note's body as HTML: the report's text, escaped, one paragraph per line.</summary>
    private static string NoteBody(CrmReport report) =>
        $"<p><strong>Modular qualification: {WebUtility.HtmlEncode(report.Verdict)}, score {report.Score}</strong></p>"
        + string.Concat(report.Text.Split('\n').Select(line => $"<p>{WebUtility.HtmlEncode(line.TrimEnd('\r'))}</p>"));
}
