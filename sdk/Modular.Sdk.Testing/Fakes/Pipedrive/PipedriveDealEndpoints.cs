using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>
/// <c>GET /api/v2/deals</c>: filtered by <c>status</c> (several, comma-separated; every deal when not given, as the fake
/// deletes none), <c>person_id</c>, <c>updated_since</c> (inclusive) and <c>updated_until</c> (exclusive), sorted by
/// <c>id</c>, <c>update_time</c> or <c>add_time</c>, in pages of <c>limit</c> that go on from
/// <c>additional_data.next_cursor</c>.
/// </summary>
internal static class PipedriveDealEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;
    private static readonly string[] Statuses = ["open", "won", "lost", "deleted"];
    private static readonly string[] SortFields = ["id", "update_time", "add_time"];

    public static IResult List(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        var query = context.Request.Query;
        var statuses = query["status"].ToString() is { Length: > 0 } given ? given.Split(',', StringSplitOptions.TrimEntries) : null;
        if (statuses?.FirstOrDefault(s => !Statuses.Contains(s)) is { } unknown)
            return PipedriveErrors.BadRequest($"Invalid status '{unknown}': status may be {string.Join(", ", Statuses)}.");
        if (!TryTime(query["updated_since"], out var since) || !TryTime(query["updated_until"], out var until))
            return PipedriveErrors.BadRequest("updated_since and updated_until are RFC 3339 times, for example 2025-01-01T10:20:00Z.");
        long? personId = long.TryParse(query["person_id"], out var person) ? person : null;
        var sortBy = query["sort_by"].ToString() is { Length: > 0 } field ? field : "id";
        var direction = query["sort_direction"].ToString() is { Length: > 0 } d ? d : "asc";
        if (!SortFields.Contains(sortBy) || direction is not ("asc" or "desc"))
            return PipedriveErrors.BadRequest($"sort_by may be {string.Join(", ", SortFields)} and sort_direction asc or desc.");
        var limit = int.TryParse(query["limit"], out var l) ? l : DefaultLimit;
        if (limit is < 1 or > MaxLimit)
            return PipedriveErrors.BadRequest($"limit must be between 1 and {MaxLimit}.");
        if (Offset(query["cursor"]) is not { } offset)
            return PipedriveErrors.BadRequest("Invalid cursor.");

        var matching = server.AllDeals
            .Where(deal => statuses is null || statuses.Contains(deal.Status))
            .Where(deal => personId is null || deal.PersonId == personId)
            .Where(deal => (since is null || deal.UpdateTime >= since) && (until is null || deal.UpdateTime < until));
        Func<FakePipedriveDeal, object> key = sortBy switch { "update_time" => deal => deal.UpdateTime, "add_time" => deal => deal.AddTime, _ => deal => deal.Id };
        var sorted = (direction == "asc" ? matching.OrderBy(key) : matching.OrderByDescending(key)).ThenBy(deal => deal.Id).ToList();
        var page = sorted.Skip(offset).Take(limit).Select(PipedriveViews.Deal).ToList();
        var next = offset + limit < sorted.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset + limit}")) : null;
        return PipedriveEndpoints.Success(page, new { next_cursor = next });
    }

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return false;
        time = parsed;
        return true;
    }

    // The fake's cursors are opaque to callers, as Pipedrive's are: an offset, base64-encoded.
    private static int? Offset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
            return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text["offset:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
