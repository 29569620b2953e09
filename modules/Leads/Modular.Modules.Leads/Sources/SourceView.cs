using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Leads.Sources;

/// <summary>A lead source as the API shows it; the secret only appears in <see cref="CreatedSource"/>, once.</summary>
internal record SourceView(
    Guid Id, string Name, string Format, string Key, string IntakeUrl, IReadOnlyDictionary<string, string>? FieldMapping,
    string? ThankYouUrl, IReadOnlyList<string> AllowedOrigins, string? HoneypotField, string? DefaultCountry, Guid? ScenarioId,
    DateTimeOffset CreatedAt, bool Enabled)
{
    public static SourceView From(LeadSource source, HttpRequest request) => new(
        source.Id, source.Name, SourceFormats.Name(source.Format), source.Key, UrlFor(request, source.Key),
        source.FieldMapping is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(source.FieldMapping),
        source.ThankYouUrl, SplitOrigins(source.AllowedOrigins), source.HoneypotField, source.DefaultCountry, source.ScenarioId,
        source.CreatedAt, source.DisabledAt is null);

    public static string UrlFor(HttpRequest request, string key) => $"{request.Scheme}://{request.Host}{request.PathBase}/hooks/leads/{key}";

    public static IReadOnlyList<string> SplitOrigins(string? origins) =>
        origins?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

/// <summary>The answer to creating a source or rotating its secret: the only time the secret is shown.</summary>
internal sealed record CreatedSource : SourceView
{
    public CreatedSource(SourceView source, string secret)
        : base(source) => Secret = secret;

    /// <summary>The shared secret, shown this once.</summary>
    public string Secret { get; }
}
