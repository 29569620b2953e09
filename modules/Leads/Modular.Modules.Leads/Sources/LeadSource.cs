using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Sources;

/// <summary>A place leads come from: a public intake URL with its own secret, format and field mapping.</summary>
internal sealed class LeadSource : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public required string Name { get; set; }
    public SourceFormat Format { get; init; }

    /// <summary>The public part of the intake URL <c>/hooks/leads/{key}</c>; unique across tenants.</summary>
    public required string Key { get; init; }

    /// <summary>The shared secret, encrypted at rest: needed in clear to check signatures.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>JSON object: source path (JSON pointer or dotted) → lead field. Null: the default field names.</summary>
    public string? FieldMapping { get; set; }

    /// <summary>Form sources: where the visitor's browser goes after posting.</summary>
    public string? ThankYouUrl { get; set; }

    /// <summary>Form sources: the origins allowed to post from a browser, comma-separated.</summary>
    public string? AllowedOrigins { get; set; }

    /// <summary>Form sources: a field hidden from people; a submission that fills it is a bot's.</summary>
    public string? HoneypotField { get; set; }

    /// <summary>ISO 3166-1 alpha-2 to read national phone numbers in; null: the tenant's default.</summary>
    public string? DefaultCountry { get; set; }

    /// <summary>The qualification scenario its leads start; null: the tenant's default.</summary>
    public Guid? ScenarioId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DisabledAt { get; set; }
}
