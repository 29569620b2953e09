using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Leads through Pipedrive's API v1 (<c>/api/v1/leads</c>, which has no v2 counterpart): a lead is what sends the person
/// to the Leads inbox the sales team works from. A person gets one open lead from Modular, found again by person on
/// every sync, so neither a retry nor a second qualification of the same person adds another.
/// </summary>
internal sealed class PipedriveLeads(PipedriveApi api)
{
    // The largest page v1 serves; a person with more open leads than this is not a case worth paging for.
    private const int PageSize = 500;

    /// <summary>The id of the person's oldest open (not archived) lead, or null when it has none.</summary>
    public async Task<(string? LeadId, CrmResult? Failure)> FindOpenAsync(CrmConnection connection, long personId, CancellationToken cancellationToken)
    {
        var answer = await api.SendAsync(connection, HttpMethod.Get, $"api/v1/leads?person_id={personId}&archived_status=not_archived&limit={PageSize}", null, cancellationToken);
        if (answer.Failure is { } failure)
            return (null, failure);
        // v1 lists may answer an empty page with "data": null rather than [].
        if (answer.Data.ValueKind != JsonValueKind.Array)
            return (null, null);
        // add_time is ISO 8601 in UTC, so its text sorts as its time.
        var oldest = answer.Data.EnumerateArray()
            .OrderBy(lead => lead.TryGetProperty("add_time", out var added) ? added.GetString() : null, StringComparer.Ordinal)
            .FirstOrDefault();
        return (oldest.ValueKind == JsonValueKind.Undefined ? null : oldest.GetProperty("id").GetString(), null);
    }

    /// <summary>Makes sure the person has an open lead, creating one titled after the lead when it has none.</summary>
    public async Task<CrmResult?> EnsureOpenAsync(CrmConnection connection, long personId, CrmLead lead, CancellationToken cancellationToken)
    {
        var (existing, failure) = await FindOpenAsync(connection, personId, cancellationToken);
        if (failure is not null || existing is not null)
            return failure;
        var title = $"{PersonFields.NameOf(lead) ?? lead.Email ?? lead.Phone} (Modular)";
        var created = await api.SendAsync(connection, HttpMethod.Post, "api/v1/leads", new JsonObject { ["title"] = title, ["person_id"] = personId }, cancellationToken);
        return created.Failure;
    }
}
