using System.Text.Json;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Intake;

/// <summary>Turns a submission into a normalised lead: cased names, a lower-cased email, an E.164 phone, a country code.</summary>
internal static class LeadBuilder
{
    // The column sizes of the leads table: a longer value is refused with its field named, never cut or left to the database.
    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        [LeadFields.FirstName] = 100, [LeadFields.LastName] = 100, [LeadFields.FullName] = 200, [LeadFields.Email] = 254,
        [LeadFields.Phone] = 40, [LeadFields.City] = 100, [LeadFields.PostalCode] = 20, [LeadFields.Company] = 200,
        [LeadFields.Message] = 4000, [LeadFields.ConsentText] = 2000, [LeadFields.ConsentPurposes] = 200, [LeadFields.Country] = 60,
    };

    public static Lead Build(LeadSubmission submission, Guid tenantId, Guid? sourceId, string defaultCountry, DateTimeOffset now)
    {
        foreach (var (field, max) in MaxLengths)
            if (submission[field] is { Length: var length } && length > max)
                throw new IntakeRejected($"'{field}' is {length} characters long; at most {max} are accepted.");
        if (submission.Attributes.Count > LeadSubmission.MaxAttributes)
            throw new IntakeRejected($"The submission carries {submission.Attributes.Count} extra fields; at most {LeadSubmission.MaxAttributes} are kept.");

        var (firstName, lastName) = Names(submission);
        var email = submission[LeadFields.Email] is { } rawEmail ? EmailNormaliser.Normalise(rawEmail) : null;
        var country = CountryCode.Normalise(submission[LeadFields.Country]);
        var phone = submission[LeadFields.Phone] is { } rawPhone ? PhoneNormaliser.Normalise(rawPhone, country ?? defaultCountry) : null;
        if (email is null && phone is null)
            throw new IntakeRejected("A lead needs an email address or a phone number; this submission has neither.");

        var lead = new Lead
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            SourceId = sourceId,
            FirstName = firstName,
            LastName = lastName,
            Email = email?.Value,
            EmailValid = email?.IsValid ?? false,
            Phone = phone is null ? null : phone.E164 ?? phone.Raw,
            PhoneValid = phone?.IsValid ?? false,
            PhoneType = phone is { LineType: not PhoneLineType.Unknown } ? phone.LineType.ToString().ToLowerInvariant() : null,
            Country = country ?? phone?.Country,
            City = submission[LeadFields.City],
            PostalCode = submission[LeadFields.PostalCode],
            Company = submission[LeadFields.Company],
            Message = submission[LeadFields.Message],
            Attributes = JsonSerializer.Serialize(submission.Attributes),
            IsTest = submission.IsTest,
            CreatedAt = now,
            UpdatedAt = now,
        };
        lead.RefreshSearchText();
        return lead;
    }

    /// <summary>First and last name as given, or split from a full name: the last word is the family name.</summary>
    private static (string? First, string? Last) Names(LeadSubmission submission)
    {
        var first = NameNormaliser.Normalise(submission[LeadFields.FirstName]);
        var last = NameNormaliser.Normalise(submission[LeadFields.LastName]);
        if ((first, last) is (null, null) && NameNormaliser.Normalise(submission[LeadFields.FullName]) is { } full)
        {
            var space = full.LastIndexOf(' ');
            return space < 0 ? (full, null) : (full[..space], full[(space + 1)..]);
        }
        return (first, last);
    }
}
