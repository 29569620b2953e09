using System.Text.Json;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Merging;

/// <summary>
/// Merges a duplicate into the older lead it matches: the survivor keeps what it has and gains what it lacked, the
/// duplicate is hidden behind it, and the log remembers which fields were filled so an unmerge can empty them again.
/// </summary>
internal static class LeadMerger
{
    public static LeadMerge Merge(Lead survivor, Lead duplicate, string matchedOn, DateTimeOffset now)
    {
        var filled = new List<string>();
        Fill(nameof(Lead.FirstName), survivor.FirstName, duplicate.FirstName, v => survivor.FirstName = v);
        Fill(nameof(Lead.LastName), survivor.LastName, duplicate.LastName, v => survivor.LastName = v);
        if (survivor.Email is null && duplicate.Email is not null)
        {
            (survivor.Email, survivor.EmailValid) = (duplicate.Email, duplicate.EmailValid);
            filled.Add(nameof(Lead.Email));
        }
        if (survivor.Phone is null && duplicate.Phone is not null)
        {
            (survivor.Phone, survivor.PhoneValid, survivor.PhoneType) = (duplicate.Phone, duplicate.PhoneValid, duplicate.PhoneType);
            filled.Add(nameof(Lead.Phone));
        }
        Fill(nameof(Lead.Country), survivor.Country, duplicate.Country, v => survivor.Country = v);
        Fill(nameof(Lead.City), survivor.City, duplicate.City, v => survivor.City = v);
        Fill(nameof(Lead.PostalCode), survivor.PostalCode, duplicate.PostalCode, v => survivor.PostalCode = v);
        Fill(nameof(Lead.Company), survivor.Company, duplicate.Company, v => survivor.Company = v);
        Fill(nameof(Lead.Message), survivor.Message, duplicate.Message, v => survivor.Message = v);
        var attributes = FillAttributes(survivor, duplicate);

        duplicate.MergedIntoId = survivor.Id;
        duplicate.Status = LeadStatus.Merged;
        duplicate.UpdatedAt = now;
        survivor.UpdatedAt = now;
        survivor.LastActivityAt = now;
        survivor.RefreshSearchText();

        return new LeadMerge
        {
            Id = Guid.CreateVersion7(),
            TenantId = survivor.TenantId,
            SurvivorId = survivor.Id,
            MergedId = duplicate.Id,
            MergedAt = now,
            MatchedOn = matchedOn,
            FilledFields = JsonSerializer.Serialize(new FilledFields(filled, attributes)),
        };

        void Fill(string name, string? current, string? offered, Action<string> set)
        {
            if (current is null && offered is not null)
            {
                set(offered);
                filled.Add(name);
            }
        }
    }

    private static List<string> FillAttributes(Lead survivor, Lead duplicate)
    {
        var kept = JsonSerializer.Deserialize<Dictionary<string, string>>(survivor.Attributes) ?? [];
        var offered = JsonSerializer.Deserialize<Dictionary<string, string>>(duplicate.Attributes) ?? [];
        var added = offered.Keys.Where(key => !kept.ContainsKey(key)).ToList();
        foreach (var key in added)
            kept[key] = offered[key];
        if (added.Count > 0)
            survivor.Attributes = JsonSerializer.Serialize(kept);
        return added;
    }
}

/// <summary>What a merge filled in on the survivor: lead fields by property name, and attribute names.</summary>
internal sealed record FilledFields(IReadOnlyList<string> Fields, IReadOnlyList<string> Attributes)
{
    /// <summary>The filled fields as the API and <c>LeadUpdated</c> name them: <c>firstName</c>, <c>attributes.budget</c>.</summary>
    public IReadOnlyList<string> ApiNames() =>
        [.. Fields.Select(JsonNamingPolicy.CamelCase.ConvertName), .. Attributes.Select(a => Intake.LeadFields.AttributePrefix + a)];

    public static FilledFields Of(LeadMerge merge) => JsonSerializer.Deserialize<FilledFields>(merge.FilledFields)!;
}
