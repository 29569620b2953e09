using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Leads;

/// <summary>
/// A person who asked to be contacted, as normalised from every submission that named them. A later submission of
/// the same person becomes a lead of its own, merged into this one (<see cref="MergedIntoId"/>), so it can be unmerged.
/// </summary>
internal sealed class Lead : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The source the lead came through; null when created through the API.</summary>
    public Guid? SourceId { get; init; }

    public LeadStatus Status { get; set; } = LeadStatus.New;
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    /// <summary>Trimmed and lower-cased, even when not a valid address (<see cref="EmailValid"/>).</summary>
    public string? Email { get; set; }
    public bool EmailValid { get; set; }

    /// <summary>E.164 when <see cref="PhoneValid"/>, otherwise the number as given.</summary>
    public string? Phone { get; set; }
    public bool PhoneValid { get; set; }
    public string? PhoneType { get; set; }
    public string? Country { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? Company { get; set; }
    public string? Message { get; set; }

    /// <summary>Fields the source sent that are not lead fields, as a JSON object of strings.</summary>
    public string Attributes { get; set; } = "{}";

    /// <summary>A test submission (for example from Google Ads' form preview): listed, never contacted.</summary>
    public bool IsTest { get; init; }

    public int Score { get; set; }
    public double? WinProbability { get; set; }

    public string? Outcome { get; set; }
    public long? OutcomeAmountMinor { get; set; }
    public string? OutcomeCurrency { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>The older lead this one was merged into; a merged lead is hidden from lists until unmerged.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>Lower-cased names, email and phone digits in one column, so free-text search is one LIKE on both providers.</summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }

    public void RefreshSearchText() =>
        SearchText = string.Join(' ', new[] { FirstName, LastName, Email, Phone, Company, City }.Where(v => !string.IsNullOrEmpty(v))).ToLowerInvariant();
}
