using System.Text.Json;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Leads.UpdateLead;

/// <summary>
/// Checks a patch against a lead and, when every field is acceptable, applies it normalised as intake would. Nothing
/// is applied when one field is wrong, so a refused patch leaves the lead as it was.
/// </summary>
internal sealed class LeadRectification(Lead lead, UpdateLeadRequest request, string defaultCountry)
{
    // The column sizes of the leads table, as intake enforces them.
    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        [LeadFields.FirstName] = 100, [LeadFields.LastName] = 100, [LeadFields.Email] = 254, [LeadFields.Phone] = 40,
        [LeadFields.Country] = 60, [LeadFields.City] = 100, [LeadFields.PostalCode] = 20, [LeadFields.Company] = 200,
        [LeadFields.Message] = 4000,
    };

    private const int MaxAttributeNameLength = 200;

    private readonly Dictionary<string, List<string>> errors = [];
    private readonly List<(string Field, string? From, string? To, Action Apply)> edits = [];

    public Dictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Applies the patch when it is valid; returns the fields that really changed (empty when none did or when it is invalid).</summary>
    public IReadOnlyDictionary<string, FieldChange> Apply()
    {
        var fields = request.GivenFields();
        foreach (var (field, value) in fields)
            if (value is { Length: var length } && length > MaxLengths[field])
                Error(field, $"At most {MaxLengths[field]} characters; {length} were sent.");
        if (errors.Count > 0)
            return new Dictionary<string, FieldChange>();

        var country = PatchCountry(fields);
        PatchEmail(fields);
        PatchPhone(fields, country ?? defaultCountry);
        PatchText(fields, LeadFields.FirstName, lead.FirstName, v => lead.FirstName = v, NameNormaliser.Normalise);
        PatchText(fields, LeadFields.LastName, lead.LastName, v => lead.LastName = v, NameNormaliser.Normalise);
        PatchText(fields, LeadFields.City, lead.City, v => lead.City = v);
        PatchText(fields, LeadFields.PostalCode, lead.PostalCode, v => lead.PostalCode = v);
        PatchText(fields, LeadFields.Company, lead.Company, v => lead.Company = v);
        PatchText(fields, LeadFields.Message, lead.Message, v => lead.Message = v);
        PatchAttributes();
        KeepsAWayToReachThem(fields);
        if (errors.Count > 0)
            return new Dictionary<string, FieldChange>();

        foreach (var edit in edits)
            edit.Apply();
        return edits.ToDictionary(e => e.Field, e => new FieldChange(e.From, e.To));
    }

    private string? PatchCountry(IReadOnlyDictionary<string, string?> fields)
    {
        if (!fields.TryGetValue(LeadFields.Country, out var raw))
            return lead.Country;
        var country = CountryCode.Normalise(raw);
        if (raw is not null && country is null)
            Error(LeadFields.Country, $"'{raw}' is not a country this API knows; send an ISO 3166 alpha-2 code such as FR.");
        Edit(LeadFields.Country, lead.Country, country, () => lead.Country = country);
        return country;
    }

    private void PatchEmail(IReadOnlyDictionary<string, string?> fields)
    {
        if (!fields.TryGetValue(LeadFields.Email, out var raw))
            return;
        var email = raw is null ? null : EmailNormaliser.Normalise(raw);
        if (email is { IsValid: false })
            Error(LeadFields.Email, $"'{raw}' is not a valid email address.");
        Edit(LeadFields.Email, lead.Email, email?.Value, () => (lead.Email, lead.EmailValid) = (email?.Value, email?.IsValid ?? false));
    }

    private void PatchPhone(IReadOnlyDictionary<string, string?> fields, string country)
    {
        if (!fields.TryGetValue(LeadFields.Phone, out var raw))
            return;
        var phone = raw is null ? null : PhoneNormaliser.Normalise(raw, country);
        if (phone is { IsValid: false })
            Error(LeadFields.Phone, $"'{raw}' is not a valid phone number (read with {country} as the country when it has no international prefix).");
        var type = phone is { LineType: not PhoneLineType.Unknown } ? phone.LineType.ToString().ToLowerInvariant() : null;
        Edit(LeadFields.Phone, lead.Phone, phone?.E164, () => (lead.Phone, lead.PhoneValid, lead.PhoneType) = (phone?.E164, phone is not null, type));
    }

    private void PatchText(IReadOnlyDictionary<string, string?> fields, string field, string? current, Action<string?> set, Func<string?, string?>? normalise = null)
    {
        if (fields.TryGetValue(field, out var raw))
        {
            var value = normalise is null ? raw : normalise(raw);
            Edit(field, current, value, () => set(value));
        }
    }

    private void PatchAttributes()
    {
        if (!request.AttributesGiven)
            return;
        var current = JsonSerializer.Deserialize<Dictionary<string, string>>(lead.Attributes) ?? [];
        var patched = new Dictionary<string, string>(current);
        if (request.Attributes is null)
            patched.Clear();
        foreach (var (name, value) in request.Attributes ?? [])
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxAttributeNameLength)
                Error("attributes", $"An attribute name holds 1 to {MaxAttributeNameLength} characters.");
            else if (value is { Length: > LeadSubmission.MaxValueLength })
                Error($"attributes.{name}", $"At most {LeadSubmission.MaxValueLength} characters.");
            else if (value is null)
                patched.Remove(name);
            else
                patched[name] = value;
        }
        if (patched.Count > LeadSubmission.MaxAttributes)
            Error("attributes", $"A lead keeps at most {LeadSubmission.MaxAttributes} attributes; this would leave {patched.Count}.");

        var serialised = JsonSerializer.Serialize(patched);
        foreach (var name in current.Keys.Union(patched.Keys))
            Edit(LeadFields.AttributePrefix + name, current.GetValueOrDefault(name), patched.GetValueOrDefault(name), () => lead.Attributes = serialised);
    }

    private void KeepsAWayToReachThem(IReadOnlyDictionary<string, string?> fields)
    {
        var email = fields.TryGetValue(LeadFields.Email, out var newEmail) ? newEmail : lead.Email;
        var phone = fields.TryGetValue(LeadFields.Phone, out var newPhone) ? newPhone : lead.Phone;
        if (email is null && phone is null)
            Error(LeadFields.Email, "A lead needs an email address or a phone number; this change would leave neither.");
    }

    private void Edit(string field, string? from, string? to, Action apply)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
            edits.Add((field, from, to, apply));
    }

    private void Error(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }
}
