using Modular.Modules.Leads.Imports;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Current;
using Modular.Modules.Leads.Scoring.History;
using Modular.Modules.Leads.Timeline;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>Each stored row as the flat record an access request shows: every field the person could ask about, by its API name.</summary>
internal static class LeadRecords
{
    public static Dictionary<string, string?> Of(Lead lead, string? sourceName) => new()
    {
        ["leadId"] = Values.Of(lead.Id),
        ["status"] = lead.Status.ToString(),
        ["firstName"] = lead.FirstName,
        ["lastName"] = lead.LastName,
        ["email"] = lead.Email,
        ["phone"] = lead.Phone,
        ["phoneType"] = lead.PhoneType,
        ["country"] = lead.Country,
        ["city"] = lead.City,
        ["postalCode"] = lead.PostalCode,
        ["company"] = lead.Company,
        ["message"] = lead.Message,
        ["attributes"] = lead.Attributes,
        ["isTest"] = Values.Of(lead.IsTest),
        ["sourceId"] = Values.Of(lead.SourceId),
        ["source"] = sourceName ?? (lead.SourceId is null ? "api" : null),
        ["mergedIntoId"] = Values.Of(lead.MergedIntoId),
        ["createdAt"] = Values.Of(lead.CreatedAt),
        ["updatedAt"] = Values.Of(lead.UpdatedAt),
        ["lastActivityAt"] = Values.Of(lead.LastActivityAt),
    };

    public static Dictionary<string, string?> Of(ConsentRecord consent) => new()
    {
        ["leadId"] = Values.Of(consent.LeadId),
        ["text"] = consent.Text,
        ["purposes"] = consent.Purposes,
        ["givenAt"] = Values.Of(consent.GivenAt),
        ["ipAddress"] = consent.IpAddress,
        ["sourceId"] = Values.Of(consent.SourceId),
    };

    public static Dictionary<string, string?> Of(LeadTag tag) => new() { ["leadId"] = Values.Of(tag.LeadId), ["tag"] = tag.Tag };

    /// <summary>The score now, with its explanation when the lead has one (a lead nothing scored yet has none).</summary>
    public static Dictionary<string, string?> Score(Lead lead, CurrentScore? current) => new()
    {
        ["leadId"] = Values.Of(lead.Id),
        ["score"] = Values.Of(lead.Score),
        ["winProbability"] = Values.Of(lead.WinProbability),
        ["reasons"] = current?.Reasons ?? "[]",
        ["topFactors"] = current?.TopFactors ?? "[]",
        ["scoredAt"] = Values.Of(current?.ScoredAt),
    };

    public static Dictionary<string, string?> Of(ScoreChange change) => new()
    {
        ["leadId"] = Values.Of(change.LeadId),
        ["at"] = Values.Of(change.At),
        ["previousScore"] = Values.Of(change.PreviousScore),
        ["score"] = Values.Of(change.Score),
        ["previousWinProbability"] = Values.Of(change.PreviousWinProbability),
        ["winProbability"] = Values.Of(change.WinProbability),
        ["reasons"] = change.Reasons,
        ["thresholdsCrossed"] = change.ThresholdsCrossed,
        ["trigger"] = change.Trigger,
    };

    public static Dictionary<string, string?> Outcome(Lead lead) => new()
    {
        ["leadId"] = Values.Of(lead.Id),
        ["outcome"] = lead.Outcome,
        ["amountMinor"] = Values.Of(lead.OutcomeAmountMinor),
        ["currency"] = lead.OutcomeCurrency,
        ["recordedAt"] = Values.Of(lead.OutcomeAt),
    };

    public static Dictionary<string, string?> Of(TimelineEntry entry) => new()
    {
        ["leadId"] = Values.Of(entry.LeadId),
        ["occurredAt"] = Values.Of(entry.OccurredAt),
        ["module"] = entry.Module,
        ["type"] = entry.Type,
        ["summary"] = entry.Summary,
        ["actor"] = entry.Actor,
        ["data"] = entry.Data,
    };

    public static Dictionary<string, string?> Of(LeadMerge merge) => new()
    {
        ["survivorId"] = Values.Of(merge.SurvivorId),
        ["mergedId"] = Values.Of(merge.MergedId),
        ["mergedAt"] = Values.Of(merge.MergedAt),
        ["matchedOn"] = merge.MatchedOn,
        ["filledFields"] = merge.FilledFields,
        ["unmergedAt"] = Values.Of(merge.UnmergedAt),
    };

    public static Dictionary<string, string?> Of(LeadRequest request) => new()
    {
        ["leadId"] = Values.Of(request.LeadId),
        ["idempotencyKey"] = request.Key,
        ["createdAt"] = Values.Of(request.CreatedAt),
    };

    public static Dictionary<string, string?> Of(LeadImportError error) => new()
    {
        ["importId"] = Values.Of(error.ImportId),
        ["row"] = Values.Of(error.Row),
        ["error"] = error.Error,
        ["line"] = error.Line,
    };
}
