namespace Modular.Modules.Leads.Intake;

/// <summary>The lead fields a source can fill, by the names the API and field mappings use.</summary>
internal static class LeadFields
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string FullName = "fullName";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Country = "country";
    public const string City = "city";
    public const string PostalCode = "postalCode";
    public const string Company = "company";
    public const string Message = "message";
    public const string ConsentText = "consentText";
    public const string ConsentPurposes = "consentPurposes";
    public const string AttributePrefix = "attributes.";

    public static readonly IReadOnlyList<string> Known =
        [FirstName, LastName, FullName, Email, Phone, Country, City, PostalCode, Company, Message, ConsentText, ConsentPurposes];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string name) => KnownSet.Contains(name);

    public static bool IsMappable(string target) =>
        IsKnown(target) || (target.StartsWith(AttributePrefix, StringComparison.Ordinal) && target.Length > AttributePrefix.Length);

    /// <summary>The canonical spelling of a known field given in any case.</summary>
    public static string Canonical(string name) => Known.First(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
}
