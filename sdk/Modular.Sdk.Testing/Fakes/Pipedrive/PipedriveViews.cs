using System.Globalization;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>The fake's records in the JSON shapes Pipedrive answers with, v2 for persons and deals, v1 for leads and notes.</summary>
internal static class PipedriveViews
{
    // The fake's company has one user, who owns everything.
    private const int OwnerId = 1;
    // Pipedrive's visibility group "owner's visibility group".
    private const int VisibleTo = 3;

    public static object Person(FakePipedrivePerson person) => new
    {
        id = person.Id,
        name = person.Name,
        first_name = person.FirstName,
        last_name = person.LastName,
        add_time = V2Time(person.AddTime),
        update_time = V2Time(person.UpdateTime),
        owner_id = OwnerId,
        org_id = (long?)null,
        emails = person.Emails.Select(Entry).ToList(),
        phones = person.Phones.Select(Entry).ToList(),
        is_deleted = false,
        visible_to = VisibleTo,
        label_ids = Array.Empty<int>(),
        picture_id = (long?)null,
        custom_fields = person.CustomFields,
    };

    /// <summary>A hit of <c>/api/v2/persons/search</c>: emails and phones as plain values.</summary>
    public static object SearchHit(FakePipedrivePerson person) => new
    {
        result_score = 1.0,
        item = new
        {
            id = person.Id,
            type = "person",
            name = person.Name,
            phones = person.Phones.Select(p => p.Value).ToList(),
            emails = person.Emails.Select(e => e.Value).ToList(),
            visible_to = VisibleTo,
            owner = new { id = OwnerId },
            organization = (object?)null,
            custom_fields = Array.Empty<string>(),
            notes = Array.Empty<string>(),
            update_time = V2Time(person.UpdateTime),
        },
    };

    public static object Lead(FakePipedriveLead lead) => new
    {
        id = lead.Id,
        title = lead.Title,
        owner_id = OwnerId,
        creator_id = OwnerId,
        label_ids = Array.Empty<string>(),
        person_id = lead.PersonId,
        organization_id = (long?)null,
        source_name = "API",
        origin = "API",
        is_archived = lead.IsArchived,
        was_seen = false,
        value = (object?)null,
        expected_close_date = (string?)null,
        next_activity_id = (long?)null,
        add_time = lead.AddTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        update_time = lead.AddTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        visible_to = VisibleTo.ToString(CultureInfo.InvariantCulture),
    };

    public static object Note(FakePipedriveNote note) => new
    {
        id = note.Id,
        user_id = OwnerId,
        content = note.Content,
        person_id = note.PersonId,
        lead_id = note.LeadId,
        deal_id = (long?)null,
        org_id = (long?)null,
        add_time = V1Time(note.AddTime),
        update_time = V1Time(note.AddTime),
        active_flag = true,
        pinned_to_person_flag = false,
        pinned_to_lead_flag = false,
    };

    /// <summary>A deal as API v2 shows it: ids as numbers, the value as a number, times in RFC 3339.</summary>
    public static object Deal(FakePipedriveDeal deal) => new
    {
        id = deal.Id,
        title = deal.Title,
        owner_id = OwnerId,
        person_id = deal.PersonId,
        org_id = (long?)null,
        pipeline_id = 1,
        stage_id = 1,
        value = deal.Value ?? 0,
        currency = deal.Currency,
        add_time = V2Time(deal.AddTime),
        update_time = V2Time(deal.UpdateTime),
        stage_change_time = (string?)null,
        is_deleted = false,
        is_archived = false,
        status = deal.Status,
        probability = (int?)null,
        lost_reason = (string?)null,
        visible_to = VisibleTo,
        close_time = (deal.WonTime ?? deal.LostTime) is { } closed ? V2Time(closed) : null,
        won_time = deal.WonTime is { } won ? V2Time(won) : null,
        lost_time = deal.LostTime is { } lost ? V2Time(lost) : null,
        expected_close_date = (string?)null,
        label_ids = Array.Empty<int>(),
    };

    private static object Entry(FakePipedriveEntry entry) => new { value = entry.Value, primary = entry.Primary, label = entry.Label };

    private static string V2Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string V1Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
