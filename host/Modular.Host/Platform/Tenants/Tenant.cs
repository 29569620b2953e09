namespace Modular.Host.Platform.Tenants;

/// <summary>A client account: what the client gave at registration, and the local rules its leads are contacted under.</summary>
internal sealed class Tenant
{
    public Guid Id { get; init; }
    public required string CompanyName { get; set; }
    public required string ContactFirstName { get; set; }
    public required string ContactLastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? FieldOfActivity { get; set; }

    /// <summary>IANA time zone; allowed contact hours and holidays are computed in it.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    public string Locale { get; set; } = "fr-FR";

    /// <summary>ISO 3166-1 alpha-2; phone numbers without a country code are read in it.</summary>
    public string DefaultCountry { get; set; } = "FR";

    public DateTimeOffset CreatedAt { get; init; }
}
