using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>Persons through API v2: search, create, read and partial update.</summary>
internal static class PipedrivePersonEndpoints
{
    private static readonly string[] SearchableFields = ["name", "email", "phone", "notes", "custom_fields"];
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    /// <summary>
    /// Exact matching ignores case, as Pipedrive's does; without it the term must have two characters and may appear
    /// anywhere. Hits come most recently updated first: Pipedrive orders them by relevance, never by age.
    /// </summary>
    public static IResult Search(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        var query = context.Request.Query;
        var term = query["term"].ToString();
        var exact = query["exact_match"].ToString() is "true" or "1";
        var fields = query["fields"].ToString() is { Length: > 0 } given ? given.Split(',', StringSplitOptions.TrimEntries) : SearchableFields;
        if (fields.FirstOrDefault(f => !SearchableFields.Contains(f)) is { } unknown)
            return PipedriveErrors.BadRequest($"Invalid field '{unknown}': fields may be {string.Join(", ", SearchableFields)}.");
        if (term.Length < (exact ? 1 : 2))
            return PipedriveErrors.BadRequest("The search term must be at least 2 characters long, or 1 with exact_match.");
        var limit = int.TryParse(query["limit"], out var l) ? l : DefaultLimit;
        if (limit is < 1 or > MaxLimit)
            return PipedriveErrors.BadRequest($"limit must be between 1 and {MaxLimit}.");

        bool Matches(string? value) => value is not null
            && (exact ? string.Equals(value.Trim(), term.Trim(), StringComparison.OrdinalIgnoreCase) : value.Contains(term, StringComparison.OrdinalIgnoreCase));
        var hits = server.AllPersons
            .Where(p => (fields.Contains("name") && Matches(p.Name))
                        || (fields.Contains("email") && p.Emails.Any(e => Matches(e.Value)))
                        || (fields.Contains("phone") && p.Phones.Any(ph => Matches(ph.Value))))
            .OrderByDescending(p => p.UpdateTime).ThenByDescending(p => p.Id)
            .Take(limit)
            .Select(PipedriveViews.SearchHit)
            .ToList();
        return PipedriveEndpoints.Success(new { items = hits }, new { next_cursor = (string?)null });
    }

    public static IResult Create(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        if (!body.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            return PipedriveErrors.BadRequest("Name must be given.");
        if (!TryEntries(body, "emails", out var emails, out var error) || !TryEntries(body, "phones", out var phones, out error))
            return PipedriveErrors.BadRequest(error!);
        if (!TryCustomFields(body, out var custom, out error))
            return PipedriveErrors.BadRequest(error!);
        return PipedriveEndpoints.Success(PipedriveViews.Person(server.CreatePerson(name.GetString()!.Trim(), emails ?? [], phones ?? [], custom)));
    }

    public static IResult Get(FakePipedriveServer server, HttpContext context, JsonElement body) =>
        PipedriveEndpoints.RouteId(context) is { } id && server.FindPerson(id) is { } person
            ? PipedriveEndpoints.Success(PipedriveViews.Person(person))
            : PipedriveErrors.NotFound("Person not found");

    /// <summary>Writes only the fields sent; a list sent replaces the person's whole list.</summary>
    public static IResult Update(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        if (PipedriveEndpoints.RouteId(context) is not { } id || server.FindPerson(id) is null)
            return PipedriveErrors.NotFound("Person not found");
        string? name = null;
        if (body.TryGetProperty("name", out var given))
        {
            if (given.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(given.GetString()))
                return PipedriveErrors.BadRequest("Name must not be empty.");
            name = given.GetString()!.Trim();
        }
        if (!TryEntries(body, "emails", out var emails, out var error) || !TryEntries(body, "phones", out var phones, out error))
            return PipedriveErrors.BadRequest(error!);
        if (!TryCustomFields(body, out var custom, out error))
            return PipedriveErrors.BadRequest(error!);
        return PipedriveEndpoints.Success(PipedriveViews.Person(server.UpdatePerson(id, name, emails, phones, custom)));
    }

    /// <summary>Reads <c>custom_fields</c>: an object of field key → text or number; null when not sent.</summary>
    private static bool TryCustomFields(JsonElement body, out IReadOnlyDictionary<string, string>? fields, out string? error)
    {
        fields = null;
        error = null;
        if (!body.TryGetProperty("custom_fields", out var given))
            return true;
        if (given.ValueKind != JsonValueKind.Object)
        {
            error = "custom_fields must be an object.";
            return false;
        }
        var values = new Dictionary<string, string>();
        foreach (var field in given.EnumerateObject())
        {
            if (field.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = $"Custom field {field.Name} takes a text or a number.";
                return false;
            }
            values[field.Name] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
        }
        fields = values;
        return true;
    }

    /// <summary>Reads <c>[{value, primary, label}]</c>; null when the list was not sent.</summary>
    private static bool TryEntries(JsonElement body, string list, out IReadOnlyList<FakePipedriveEntry>? entries, out string? error)
    {
        entries = null;
        error = null;
        if (!body.TryGetProperty(list, out var given))
            return true;
        if (given.ValueKind != JsonValueKind.Array)
        {
            error = $"{list} must be an array of objects with a value.";
            return false;
        }
        var read = new List<FakePipedriveEntry>();
        foreach (var entry in given.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
            {
                error = $"Each entry of {list} needs a value.";
                return false;
            }
            var primary = entry.TryGetProperty("primary", out var p) && p.ValueKind == JsonValueKind.True;
            var label = entry.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "work";
            read.Add(new FakePipedriveEntry(value.GetString()!.Trim(), primary, label));
        }
        entries = read;
        return true;
    }
}
