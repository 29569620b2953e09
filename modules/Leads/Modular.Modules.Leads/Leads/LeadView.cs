using System.Text.Json;

namespace Modular.Modules.Leads.Leads;

/// <summary>A lead as the API shows it in lists.</summary>
internal record LeadView(
    Guid Id, string Status, string? FirstName, string? LastName, string? Email, bool EmailValid, string? Phone, bool PhoneValid,
    string? PhoneType, string? Country, string? City, string? PostalCode, string? Company, string? Message,
    IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string> Tags, bool IsTest, int Score, double? WinProbability,
    LeadOutcomeView? Outcome, Guid? SourceId, Guid? MergedIntoId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static LeadView From(Lead lead, IReadOnlyList<string> tags) => new(
        lead.Id, lead.Status.ToString(), lead.FirstName, lead.LastName, lead.Email, lead.EmailValid, lead.Phone, lead.PhoneValid,
        lead.PhoneType, lead.Country, lead.City, lead.PostalCode, lead.Company, lead.Message,
        JsonSerializer.Deserialize<Dictionary<string, string>>(lead.Attributes) ?? [], tags, lead.IsTest, lead.Score, lead.WinProbability,
        lead.Outcome is null ? null : new LeadOutcomeView(lead.Outcome, lead.OutcomeAmountMinor, lead.OutcomeCurrency, lead.OutcomeAt),
        lead.SourceId, lead.MergedIntoId, lead.CreatedAt, lead.UpdatedAt);
}

/// <summary>How the lead ended, as the client recorded it.</summary>
internal sealed record LeadOutcomeView(string Outcome, long? AmountMinor, string? Currency, DateTimeOffset? RecordedAt);
