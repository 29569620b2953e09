using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>
/// New contacts through HubSpot's CRM search, oldest <c>createdate</c> first, a page of 100 per read.
/// <para>
/// The feed starts at its first read: a client connecting an account with years of contacts must not see them all
/// texted. HubSpot indexes new records for search a little after creating them, so a search only reads contacts older
/// than <c>settle</c>; later ones wait for the next read. Each read searches <c>createdate GTE</c> the cursor afresh:
/// the page's last millisecond is read again (the host tells records apart by id) because more contacts may share it
/// on the next page. Only when a whole page shares the cursor's millisecond does the read page on within it with
/// <c>after</c>, so a run of equal dates cannot hold the feed in place; <c>after</c> thus never nears the 10,000 results
/// a search serves. Once a search has nothing more, the cursor moves one millisecond past its last contact. A contact
/// given a <c>createdate</c> behind the cursor (an import that keeps old dates) is not fed.
/// </para>
/// </summary>
internal sealed class ContactFeed(HubSpotApi api, TimeProvider time, TimeSpan settle)
{
    private const int PageSize = 100;
    private static readonly string[] Properties = ["email", "phone", "firstname", "lastname", "company", "createdate"];

    public async Task<CrmLeadPage> ReadAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken)
    {
        var settledBefore = (time.GetUtcNow() - settle).ToUnixTimeMilliseconds();
        if (cursor is null)
            return new CrmLeadPage([], new ContactFeedCursor(settledBefore).ToString());
        if (ContactFeedCursor.Parse(cursor) is not { } position)
            return new CrmLeadPage([], cursor, new CrmResult(RemoteOutcome.PermanentFailure, Message: $"'{cursor}' is not a cursor of the HubSpot contact feed."));

        var answer = await api.SendAsync(connection, HttpMethod.Post, "crm/v3/objects/contacts/search", Search(position, settledBefore), cancellationToken);
        if (answer.Failure is { } failure)
            return new CrmLeadPage([], cursor, failure);
        var leads = answer.Json.GetProperty("results").EnumerateArray().Select(Lead).ToList();
        if (leads.Contains(null))
            return new CrmLeadPage([], cursor, new CrmResult(RemoteOutcome.RetryableFailure, Message: "HubSpot answered a contact without a readable createdate."));
        return new CrmLeadPage(leads!, Next(position, leads!, NextAfter(answer.Json)).ToString());
    }

    private static ContactFeedCursor Next(ContactFeedCursor position, List<CrmIncomingLead> leads, string? after)
    {
        // Contacts at the paged millisecond went away between reads: search it afresh.
        if (leads.Count == 0)
            return position with { After = null };
        var last = leads[^1].CreatedAt.ToUnixTimeMilliseconds();
        return after is null ? new ContactFeedCursor(last + 1)
            : last == position.Since ? position with { After = after }
            : new ContactFeedCursor(last);
    }

    private static JsonObject Search(ContactFeedCursor position, long settledBefore)
    {
        var search = new JsonObject
        {
            ["filterGroups"] = new JsonArray(new JsonObject
            {
                ["filters"] = new JsonArray(
                    Filter("GTE", position.Since),
                    Filter("LT", settledBefore)),
            }),
            ["sorts"] = new JsonArray(new JsonObject { ["propertyName"] = "createdate", ["direction"] = "ASCENDING" }),
            ["properties"] = new JsonArray([.. Properties.Select(p => JsonValue.Create(p))]),
            ["limit"] = PageSize,
        };
        if (position.After is not null)
            search["after"] = position.After;
        return search;
    }

    // HubSpot takes a date filter's value as milliseconds since the epoch, written as a string.
    private static JsonObject Filter(string op, long milliseconds) =>
        new() { ["propertyName"] = "createdate", ["operator"] = op, ["value"] = milliseconds.ToString(CultureInfo.InvariantCulture) };

    private static string? NextAfter(JsonElement json) =>
        json.TryGetProperty("paging", out var paging) && paging.ValueKind == JsonValueKind.Object
        && paging.TryGetProperty("next", out var next) && next.TryGetProperty("after", out var after)
            ? after.ToString()
            : null;

    private static CrmIncomingLead? Lead(JsonElement contact)
    {
        var properties = contact.GetProperty("properties");
        string? Property(string name) =>
            properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
        // The feed's order and cursor are the createdate property's, which the search filtered and sorted on.
        if (!DateTimeOffset.TryParse(Property("createdate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
            return null;
        return new CrmIncomingLead(contact.GetProperty("id").GetString()!, Property("email"), Property("phone"), Property("firstname"), Property("lastname"),
            Property("company"), created);
    }
}
