using Modular.Modules.Leads.Intake;

namespace Modular.Modules.Leads.Leads.UpdateLead;

/// <summary>
/// A JSON merge patch of a lead (RFC 7396): a field left out stays as it is, a field sent as null is cleared, and
/// <c>attributes</c> is patched key by key. The deserialiser calls a setter only for a field present in the body,
/// which is how "left out" is told apart from "null".
/// </summary>
internal sealed class UpdateLeadRequest
{
    private readonly Dictionary<string, string?> given = [];

    public string? FirstName { get => Value(LeadFields.FirstName); init => given[LeadFields.FirstName] = value; }
    public string? LastName { get => Value(LeadFields.LastName); init => given[LeadFields.LastName] = value; }
    public string? Email { get => Value(LeadFields.Email); init => given[LeadFields.Email] = value; }
    public string? Phone { get => Value(LeadFields.Phone); init => given[LeadFields.Phone] = value; }
    public string? Country { get => Value(LeadFields.Country); init => given[LeadFields.Country] = value; }
    public string? City { get => Value(LeadFields.City); init => given[LeadFields.City] = value; }
    public string? PostalCode { get => Value(LeadFields.PostalCode); init => given[LeadFields.PostalCode] = value; }
    public string? Company { get => Value(LeadFields.Company); init => given[LeadFields.Company] = value; }
    public string? Message { get => Value(LeadFields.Message); init => given[LeadFields.Message] = value; }

    /// <summary>Each key set to a string is stored, each key set to null removed; null for the whole object removes them all.</summary>
    public Dictionary<string, string?>? Attributes { get; init { field = value; AttributesGiven = true; } }

    internal bool AttributesGiven { get; private set; }

    /// <summary>The lead fields the body named, with their values; blank counts as null (clear).</summary>
    public IReadOnlyDictionary<string, string?> GivenFields() =>
        given.ToDictionary(f => f.Key, f => string.IsNullOrWhiteSpace(f.Value) ? null : f.Value.Trim());

    private string? Value(string field) => given.GetValueOrDefault(field);
}
