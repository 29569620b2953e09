using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Persons through Pipedrive's API v2 (<c>/api/v2/persons</c>), chosen over v1 deliberately: its search takes
/// <c>fields=email</c> or <c>fields=phone</c> with <c>exact_match</c>, so a lookup cannot match a name or a note that
/// merely contains the address, and its PATCH updates only the fields sent. Leads and notes have no v2 endpoints.
/// </summary>
internal sealed class PipedrivePersons(PipedriveApi api)
{
    // The largest page v2 search serves: with exact matching every duplicate is equally relevant, so take them all.
    private const int SearchLimit = 500;

    /// <summary>
    /// The oldest person whose email (or phone) is exactly <paramref name="term"/>, or null. Pipedrive does not keep
    /// emails unique, so several persons may match; they come ordered by relevance, not age. The oldest (the lowest id:
    /// ids grow as persons are created) is the one every sync writes to, so the same lead always lands on one person.
    /// </summary>
    public async Task<(FoundPerson? Person, CrmResult? Failure)> FindOldestAsync(CrmConnection connection, string field, string term, CancellationToken cancellationToken)
    {
        var path = $"api/v2/persons/search?term={Uri.EscapeDataString(term.Trim())}&fields={field}&exact_match=true&limit={SearchLimit}";
        var answer = await api.SendAsync(connection, HttpMethod.Get, path, null, cancellationToken);
        if (answer.Failure is { } failure)
            return (null, failure);
        if (answer.Data.ValueKind != JsonValueKind.Object || !answer.Data.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return (null, null);
        var oldest = items.EnumerateArray().Select(found => found.GetProperty("item")).OrderBy(item => item.GetProperty("id").GetInt64()).FirstOrDefault();
        return oldest.ValueKind == JsonValueKind.Undefined
            ? (null, null)
            : (new FoundPerson(oldest.GetProperty("id").GetInt64(), Strings(oldest, "emails"), Strings(oldest, "phones")), null);
    }

    public async Task<CrmResult> CreateAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken)
    {
        var created = await api.SendAsync(connection, HttpMethod.Post, "api/v2/persons", PersonFields.ForCreate(lead), cancellationToken);
        return created.Failure ?? new CrmResult(RemoteOutcome.Created, created.Data.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the lead's name and mapped custom fields, and adds its email or phone when the person lacks it.</summary>
    public async Task<CrmResult> UpdateAsync(CrmConnection connection, FoundPerson person, CrmLead lead, CancellationToken cancellationToken)
    {
        var changes = new JsonObject();
        if (PersonFields.NameOf(lead) is { } name)
            changes["name"] = name;
        if (PersonFields.CustomFields(lead) is { } custom)
            changes["custom_fields"] = custom;
        var newEmail = Lacks(person.Emails, lead.Email);
        var newPhone = Lacks(person.Phones, lead.Phone);
        if (newEmail is not null || newPhone is not null)
        {
            // The search shows values only; the person's own lists keep each entry's label and primary flag.
            var current = await api.SendAsync(connection, HttpMethod.Get, $"api/v2/persons/{person.Id}", null, cancellationToken);
            if (current.Failure is { } failure)
                return failure;
            if (newEmail is not null)
                changes["emails"] = PersonFields.WithEntry(List(current.Data, "emails"), newEmail, isEmail: true);
            if (newPhone is not null)
                changes["phones"] = PersonFields.WithEntry(List(current.Data, "phones"), newPhone, isEmail: false);
        }
        if (changes.Count == 0)
            return new CrmResult(RemoteOutcome.Updated, person.Id.ToString(CultureInfo.InvariantCulture));
        var updated = await api.SendAsync(connection, HttpMethod.Patch, $"api/v2/persons/{person.Id}", changes, cancellationToken);
        return updated.Failure ?? new CrmResult(RemoteOutcome.Updated, person.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static string? Lacks(IReadOnlyList<string> held, string? value) =>
        string.IsNullOrWhiteSpace(value) || held.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase) ? null : value.Trim();

    private static JsonElement List(JsonElement person, string name) => person.TryGetProperty(name, out var list) ? list : default;

    private static IReadOnlyList<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
