using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>Leads and notes through API v1, which Pipedrive serves for them (they have no v2 endpoints).</summary>
internal static class PipedriveLeadEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    /// <summary>Filtered by <c>person_id</c> and <c>archived_status</c> (<c>all</c> when not given, as Pipedrive's default), oldest first.</summary>
    public static IResult List(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        var query = context.Request.Query;
        var archived = query["archived_status"].ToString() is { Length: > 0 } status ? status : "all";
        if (archived is not ("archived" or "not_archived" or "all"))
            return PipedriveErrors.BadRequest("archived_status must be archived, not_archived or all.");
        long? personId = long.TryParse(query["person_id"], out var id) ? id : null;
        var start = int.TryParse(query["start"], out var s) && s > 0 ? s : 0;
        var limit = int.TryParse(query["limit"], out var l) ? l : DefaultLimit;
        if (limit is < 1 or > MaxLimit)
            return PipedriveErrors.BadRequest($"limit must be between 1 and {MaxLimit}.");

        var matching = server.AllLeads
            .Where(lead => personId is null || lead.PersonId == personId)
            .Where(lead => archived == "all" || lead.IsArchived == (archived == "archived"))
            .ToList();
        var page = matching.Skip(start).Take(limit).Select(PipedriveViews.Lead).ToList();
        var pagination = new { pagination = new { start, limit, more_items_in_collection = matching.Count > start + limit } };
        // Pipedrive's v1 lists answer an empty page with "data": null.
        return PipedriveEndpoints.Success(page.Count == 0 ? null : page, pagination);
    }

    public static IResult Create(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        if (!body.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
            return PipedriveErrors.BadRequest("Lead title must be given.");
        if (!body.TryGetProperty("person_id", out var person) || !person.TryGetInt64(out var personId))
            return PipedriveErrors.BadRequest("A lead must be linked to a person or an organization: give person_id as a number.");
        if (server.FindPerson(personId) is null)
            return PipedriveErrors.BadRequest($"Person with id {personId} does not exist.");
        return PipedriveEndpoints.Success(PipedriveViews.Lead(server.CreateLead(title.GetString()!.Trim(), personId)), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>A note needs content and something to sit on; this fake attaches notes to persons and leads only.</summary>
    public static IResult CreateNote(FakePipedriveServer server, HttpContext context, JsonElement body)
    {
        if (!body.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(content.GetString()))
            return PipedriveErrors.BadRequest("Note content must be given.");
        long? personId = null;
        if (body.TryGetProperty("person_id", out var person))
        {
            if (!person.TryGetInt64(out var id) || server.FindPerson(id) is null)
                return PipedriveErrors.BadRequest($"Person with id {person} does not exist.");
            personId = id;
        }
        string? leadId = null;
        if (body.TryGetProperty("lead_id", out var lead))
        {
            leadId = lead.ValueKind == JsonValueKind.String ? lead.GetString() : null;
            if (leadId is null || server.AllLeads.All(l => l.Id != leadId))
                return PipedriveErrors.BadRequest($"Lead with id {lead} does not exist.");
        }
        if (personId is null && leadId is null)
            return PipedriveErrors.BadRequest("A note must be attached to a deal, person, organization, lead or project.");
        return PipedriveEndpoints.Success(PipedriveViews.Note(server.CreateNote(content.GetString()!, personId, leadId)), statusCode: StatusCodes.Status201Created);
    }
}
