using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>The HubSpot endpoints the fake serves, each answered the way HubSpot answers it.</summary>
internal static class HubSpotEndpoints
{
    // HubSpot's association type for a note attached to a contact.
    private const int NoteToContact = 202;
    private const int MaxBatch = 100;

    public static void Map(WebApplication app, FakeHubSpotServer server)
    {
        app.MapPost("/crm/v3/objects/contacts/batch/upsert", Handle(server, UpsertContacts));
        app.MapPost("/crm/v3/objects/notes", Handle(server, CreateNote));
        app.MapPost("/crm/v3/objects/contacts/search", Handle(server, ContactSearch.Answer));
        app.MapPost("/crm/v3/objects/contacts", Handle(server, CreateContact));
        app.MapGet("/crm/v3/objects/contacts", Handle(server, ListContacts));
        app.MapGet("/crm/v3/objects/contacts/{id}", Handle(server, GetContact));
        app.MapMethods("/crm/v3/objects/contacts/{id}", [HttpMethods.Patch], Handle(server, UpdateContact));
        app.MapDelete("/crm/v3/objects/contacts/{id}", Handle(server, DeleteContact));
    }

    private delegate IResult Answer(FakeHubSpotServer server, HttpContext context, JsonElement body);

    private static Func<HttpContext, Task<IResult>> Handle(FakeHubSpotServer server, Answer answer) => async context =>
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        var result = Respond(server, context, authorization, body, answer);
        server.Record(new FakeHubSpotRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, authorization, body,
            (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK));
        return result;
    };

    private static IResult Respond(FakeHubSpotServer server, HttpContext context, string? authorization, string body, Answer answer)
    {
        if (authorization != $"Bearer {server.AccessToken}")
            return HubSpotErrors.Unauthorized();
        if (server.NextFailure() is { } failure)
            return failure;
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            lock (server.Gate)
                return answer(server, context, document.RootElement);
        }
        catch (JsonException e)
        {
            return HubSpotErrors.Validation($"Invalid input JSON: {e.Message}");
        }
    }

    private static IResult UpsertContacts(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        if (!body.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
            return HubSpotErrors.Validation("Invalid input JSON: 'inputs' is required and must be an array.");
        if (inputs.GetArrayLength() is 0 or > MaxBatch)
            return HubSpotErrors.Validation($"A batch holds between 1 and {MaxBatch} inputs.");

        // Everything is checked before anything is written: HubSpot refuses a bad batch as a whole.
        var upserts = new List<(string Email, Dictionary<string, string> Properties)>();
        foreach (var input in inputs.EnumerateArray())
        {
            var idProperty = input.TryGetProperty("idProperty", out var p) ? p.GetString() : null;
            var id = input.TryGetProperty("id", out var i) ? i.GetString() : null;
            if (idProperty != "email")
                return HubSpotErrors.Validation($"This fake upserts contacts by email only; idProperty was '{idProperty}'.");
            if (string.IsNullOrWhiteSpace(id))
                return HubSpotErrors.Validation("Each input needs an id: the value of its idProperty.");
            upserts.Add((id.Trim().ToLowerInvariant(), PropertiesOf(input)));
        }
        if (upserts.GroupBy(u => u.Email).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            return HubSpotErrors.Validation($"Duplicate IDs found in batch input: [{duplicate.Key}]. IDs must be unique");

        var now = DateTimeOffset.UtcNow;
        var results = upserts.Select(u => server.Upsert(u.Email, u.Properties)).Select(r => new
        {
            id = r.Contact.Id,
            properties = r.Contact.Properties,
            createdAt = r.Contact.CreatedAt,
            updatedAt = r.Contact.UpdatedAt,
            archived = false,
            @new = r.IsNew,
        }).ToList();
        return Results.Json(new { status = "COMPLETE", results, startedAt = now, completedAt = now });
    }

    private static IResult CreateNote(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var properties = PropertiesOf(body);
        if (!properties.TryGetValue("hs_timestamp", out var stamp) || ParseTimestamp(stamp) is not { } timestamp)
            return HubSpotErrors.Validation("Property \"hs_timestamp\" is required: when the note's activity happened (ISO 8601 or milliseconds since the epoch).");

        var contactIds = new List<string>();
        if (body.TryGetProperty("associations", out var associations) && associations.ValueKind == JsonValueKind.Array)
        {
            foreach (var association in associations.EnumerateArray())
            {
                var to = association.TryGetProperty("to", out var t) && t.TryGetProperty("id", out var id) ? id.ToString() : null;
                var types = association.TryGetProperty("types", out var ty) && ty.ValueKind == JsonValueKind.Array ? ty.EnumerateArray().ToList() : [];
                if (to is null || server.Find(to) is null)
                    return HubSpotErrors.Validation($"One or more associations are invalid: no contact with id '{to}'.");
                if (!types.Any(x => x.TryGetProperty("associationTypeId", out var typeId) && typeId.TryGetInt32(out var n) && n == NoteToContact
                                    && x.TryGetProperty("associationCategory", out var category) && category.GetString() == "HUBSPOT_DEFINED"))
                    return HubSpotErrors.Validation($"A note is associated with a contact by the HUBSPOT_DEFINED association type {NoteToContact}.");
                contactIds.Add(to);
            }
        }

        var note = server.AddNote(properties.GetValueOrDefault("hs_note_body") ?? "", timestamp, contactIds);
        var now = DateTimeOffset.UtcNow;
        return Results.Json(new
        {
            id = note.Id,
            properties = new Dictionary<string, string>(properties) { ["hs_createdate"] = now.ToString("O") },
            createdAt = now,
            updatedAt = now,
            archived = false,
        }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Creates one contact; an email HubSpot already holds is a 409, as HubSpot answers.</summary>
    private static IResult CreateContact(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var properties = PropertiesOf(body);
        var email = properties.GetValueOrDefault("email")?.Trim().ToLowerInvariant();
        if (email is not null && server.Contacts.FirstOrDefault(c => c.Email == email) is { } existing)
            return HubSpotErrors.Conflict($"Contact already exists. Existing ID: {existing.Id}");
        return Results.Json(View(server.Upsert(email, properties).Contact), statusCode: StatusCodes.Status201Created);
    }

    private static IResult UpdateContact(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (server.Find(id) is null)
            return ContactNotFound(id);
        return Results.Json(View(server.Update(id, PropertiesOf(body))));
    }

    private static IResult ListContacts(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var limit = int.TryParse(context.Request.Query["limit"], out var l) ? Math.Clamp(l, 1, MaxBatch) : 10;
        var results = server.Contacts.Take(limit).Select(View).ToList();
        return Results.Json(new { results });
    }

    private static IResult GetContact(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        return server.Find(id) is { } contact ? Results.Json(View(contact)) : ContactNotFound(id);
    }

    private static IResult DeleteContact(FakeHubSpotServer server, HttpContext context, JsonElement body)
    {
        server.Delete((string)context.Request.RouteValues["id"]!);
        // HubSpot answers 204 whether or not the record existed.
        return Results.NoContent();
    }

    private static IResult ContactNotFound(string id) => HubSpotErrors.NotFound($"Object not found. objectId are usually numeric. ({id})");

    private static object View(FakeHubSpotContact contact) =>
        new { id = contact.Id, properties = contact.Properties, createdAt = contact.CreatedAt, updatedAt = contact.UpdatedAt, archived = false };

    private static Dictionary<string, string> PropertiesOf(JsonElement element) =>
        element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())
            : [];

    private static DateTimeOffset? ParseTimestamp(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed
        : null;
}
