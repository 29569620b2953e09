using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>
/// <c>POST /crm/v3/objects/contacts/search</c> as HubSpot answers it: filters ANDed within a group and groups ORed, one
/// sort, the requested properties (with <c>createdate</c>, <c>lastmodifieddate</c> and <c>hs_object_id</c>, which
/// HubSpot always returns), and pages of at most 200 that go on from <c>paging.next.after</c>, never past the 10,000th
/// result of a query.
/// </summary>
internal static class ContactSearch
{
    private const int MaxLimit = 200;
    private const int MaxResults = 10_000;
    private static readonly string[] AlwaysReturned = ["createdate", "lastmodifieddate", "hs_object_id"];
    private static readonly string[] ReturnedByDefault = ["email", "firstname", "lastname", .. AlwaysReturned];

    public static IResult Answer(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var groups = new List<List<SearchFilter>>();
        foreach (var group in Array(body, "filterGroups"))
        {
            var filters = new List<SearchFilter>();
            foreach (var filter in Array(group, "filters"))
            {
                var op = Text(filter, "operator");
                if (!SearchFilter.Operators.Contains(op))
                    return HubSpotErrors.Validation($"This fake searches with the {string.Join(", ", SearchFilter.Operators)} operators only; '{op}' was given.");
                filters.Add(new SearchFilter(Text(filter, "propertyName") ?? "", op!, filter.TryGetProperty("value", out var v) ? v.ToString() : ""));
            }
            groups.Add(filters);
        }
        var sorts = Array(body, "sorts").ToList();
        if (sorts.Count > 1)
            return HubSpotErrors.Validation("A search takes one sort at most.");
        var limit = body.TryGetProperty("limit", out var l) && l.TryGetInt32(out var n) ? Math.Clamp(n, 1, MaxLimit) : 10;
        var after = Text(body, "after") is { } given ? int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : -1 : 0;
        if (after < 0)
            return HubSpotErrors.Validation($"'after' must be the paging.next.after of a previous answer; '{Text(body, "after")}' is not.");
        if (after + limit > MaxResults)
            return HubSpotErrors.Validation($"The search endpoints return at most {MaxResults} results for one query: narrow the filters instead of paging further.");

        var found = server.Contacts.Where(c => groups.Count == 0 || groups.Any(all => all.All(f => f.Matches(c)))).ToList();
        var ordered = sorts.Count == 0 ? found : Sorted(found, Text(sorts[0], "propertyName") ?? "", Text(sorts[0], "direction") == "DESCENDING");
        var requested = Array(body, "properties").Select(p => p.GetString()!).ToList();
        var shown = requested.Count == 0 ? ReturnedByDefault : [.. requested.Union(AlwaysReturned)];
        var page = ordered.Skip(after).Take(limit).Select(c => View(c, shown)).ToList();
        var paging = after + limit < ordered.Count
            ? new { next = new { after = (after + limit).ToString(CultureInfo.InvariantCulture) } }
            : null;
        return Results.Json(new { total = found.Count, results = page, paging });
    }

    // Ties keep the id order, so that paging through equal values neither repeats nor skips a contact.
    private static List<FakeHubSpotContact> Sorted(List<FakeHubSpotContact> contacts, string property, bool descending)
    {
        Func<FakeHubSpotContact, decimal> value = c => HubSpotDates.Comparable(c.Properties.GetValueOrDefault(property)) ?? decimal.MinValue;
        var sorted = descending ? contacts.OrderByDescending(value) : contacts.OrderBy(value);
        return [.. sorted.ThenBy(c => long.Parse(c.Id, CultureInfo.InvariantCulture))];
    }

    private static object View(FakeHubSpotContact contact, IEnumerable<string> shown) => new
    {
        id = contact.Id,
        properties = shown.ToDictionary(name => name, name => contact.Properties.GetValueOrDefault(name)),
        createdAt = HubSpotDates.Format(contact.CreatedAt),
        updatedAt = HubSpotDates.Format(contact.UpdatedAt),
        archived = false,
    };

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
