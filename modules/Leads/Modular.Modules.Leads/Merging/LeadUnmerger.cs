using System.Text.Json;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Leads;

namespace Modular.Modules.Leads.Merging;

/// <summary>
/// Undoes a merge: the hidden lead is active again, and the survivor gives back each field and attribute the merge
/// filled — unless it holds a different value now (someone rectified it since), in which case it keeps it.
/// </summary>
internal static class LeadUnmerger
{
    private static readonly Dictionary<string, (Func<Lead, string?> Get, Action<Lead> Clear)> Fields = new()
    {
        [nameof(Lead.FirstName)] = (l => l.FirstName, l => l.FirstName = null),
        [nameof(Lead.LastName)] = (l => l.LastName, l => l.LastName = null),
        [nameof(Lead.Email)] = (l => l.Email, l => (l.Email, l.EmailValid) = (null, false)),
        [nameof(Lead.Phone)] = (l => l.Phone, l => (l.Phone, l.PhoneValid, l.PhoneType) = (null, false, null)),
        [nameof(Lead.Country)] = (l => l.Country, l => l.Country = null),
        [nameof(Lead.City)] = (l => l.City, l => l.City = null),
        [nameof(Lead.PostalCode)] = (l => l.PostalCode, l => l.PostalCode = null),
        [nameof(Lead.Company)] = (l => l.Company, l => l.Company = null),
        [nameof(Lead.Message)] = (l => l.Message, l => l.Message = null),
    };

    public static Unmerged Unmerge(Lead survivor, Lead restored, FilledFields filled, LeadStatus restoredStatus, DateTimeOffset now)
    {
        var cleared = new List<string>();
        var kept = new List<string>();
        foreach (var field in filled.Fields.Where(Fields.ContainsKey))
        {
            var (get, clear) = Fields[field];
            // Giving back the survivor's only way to reach the person would leave a lead nobody can contact.
            var lastContact = field is nameof(Lead.Email) ? survivor.Phone is null : field is nameof(Lead.Phone) && survivor.Email is null;
            if (get(survivor) == get(restored) && !lastContact)
            {
                clear(survivor);
                cleared.Add(JsonNamingPolicy.CamelCase.ConvertName(field));
            }
            else
                kept.Add(JsonNamingPolicy.CamelCase.ConvertName(field));
        }
        GiveBackAttributes(survivor, restored, filled, cleared, kept);

        restored.MergedIntoId = null;
        restored.Status = restoredStatus;
        restored.UpdatedAt = now;
        restored.RefreshSearchText();
        survivor.UpdatedAt = now;
        survivor.RefreshSearchText();
        return new Unmerged(cleared, kept);
    }

    private static void GiveBackAttributes(Lead survivor, Lead restored, FilledFields filled, List<string> cleared, List<string> kept)
    {
        var current = JsonSerializer.Deserialize<Dictionary<string, string>>(survivor.Attributes) ?? [];
        var theirs = JsonSerializer.Deserialize<Dictionary<string, string>>(restored.Attributes) ?? [];
        var before = current.Count;
        foreach (var name in filled.Attributes.Where(current.ContainsKey))
        {
            if (theirs.TryGetValue(name, out var value) && current[name] == value)
            {
                current.Remove(name);
                cleared.Add(LeadFields.AttributePrefix + name);
            }
            else
                kept.Add(LeadFields.AttributePrefix + name);
        }
        if (current.Count < before)
            survivor.Attributes = JsonSerializer.Serialize(current);
    }
}

/// <summary>What an unmerge gave back (cleared on the survivor) and what the survivor kept because it changed since.</summary>
internal sealed record Unmerged(IReadOnlyList<string> Cleared, IReadOnlyList<string> Kept);
