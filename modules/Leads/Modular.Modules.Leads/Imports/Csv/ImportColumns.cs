using System.Text;
using Modular.Modules.Leads.Intake;

namespace Modular.Modules.Leads.Imports.Csv;

/// <summary>
/// Which lead field each column of a file fills, from its header: the API's own names in any case, and the names
/// French and English spreadsheets commonly use (accents, spaces, dashes and underscores ignored). A column nothing
/// matches, or a second column for a field already taken, is kept as an attribute under its header.
/// </summary>
internal sealed class ImportColumns
{
    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms(new()
    {
        [LeadFields.FirstName] = ["firstname", "first", "givenname", "forename", "prenom"],
        [LeadFields.LastName] = ["lastname", "last", "surname", "familyname", "nom", "nomdefamille"],
        [LeadFields.FullName] = ["fullname", "name", "contactname", "nomcomplet", "nometprenom", "prenometnom"],
        [LeadFields.Email] = ["email", "mail", "emailaddress", "courriel", "adresseemail", "adressemail", "adressecourriel"],
        [LeadFields.Phone] = ["phone", "phonenumber", "telephone", "tel", "telephonenumber", "mobile", "mobilephone", "cellphone", "cell", "portable", "gsm", "numerodetelephone", "numero"],
        [LeadFields.Country] = ["country", "countrycode", "pays"],
        [LeadFields.City] = ["city", "town", "ville", "commune"],
        [LeadFields.PostalCode] = ["postalcode", "postcode", "zip", "zipcode", "codepostal", "cp"],
        [LeadFields.Company] = ["company", "companyname", "organisation", "organization", "business", "societe", "entreprise", "raisonsociale"],
        [LeadFields.Message] = ["message", "comment", "comments", "note", "notes", "commentaire", "commentaires", "remarque"],
        [LeadFields.ConsentText] = ["consenttext", "consentement"],
        [LeadFields.ConsentPurposes] = ["consentpurposes", "finalites"],
    });

    private readonly string?[] fields;
    private readonly string[] headers;

    private ImportColumns(string[] headers)
    {
        this.headers = headers;
        fields = new string?[headers.Length];
        var taken = new HashSet<string>();
        for (var i = 0; i < headers.Length; i++)
            if (Synonyms.TryGetValue(Key(headers[i]), out var field) && taken.Add(field))
                fields[i] = field;
    }

    public static ImportColumns FromHeader(string[] header) => new([.. header.Select(h => h.Trim())]);

    public int Count => headers.Length;

    /// <summary>True when some column can hold an email address or a phone number, without which no row can become a lead.</summary>
    public bool CanIdentifyALead => fields.Any(f => f is LeadFields.Email or LeadFields.Phone);

    public IEnumerable<string> Mapped => headers.Zip(fields).Where(p => p.Second is not null).Select(p => $"{p.First} → {p.Second}");

    public LeadSubmission Read(string[] values)
    {
        var known = new Dictionary<string, string>();
        var attributes = new Dictionary<string, string>();
        for (var i = 0; i < Math.Min(values.Length, headers.Length); i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
                continue;
            if (fields[i] is { } field)
                known[field] = values[i];
            else if (headers[i].Length > 0)
                attributes[headers[i]] = values[i].Trim();
        }
        return new LeadSubmission(known, attributes);
    }

    /// <summary>Decomposed so accents become marks of their own, then only letters and digits kept: "Prénom", "PRENOM" and "pré-nom" are one key.</summary>
    private static string Key(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }

    private static Dictionary<string, string> BuildSynonyms(Dictionary<string, string[]> byField) =>
        byField.SelectMany(pair => pair.Value.Append(Key(pair.Key)).Select(name => (name, pair.Key)))
            .DistinctBy(p => p.name)
            .ToDictionary(p => p.name, p => p.Key);
}
