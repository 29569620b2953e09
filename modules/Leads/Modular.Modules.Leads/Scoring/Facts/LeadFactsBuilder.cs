using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Scoring.Facts;

/// <summary>
/// What scoring knows about leads, read a page at a time (a page's tags and sources in one query each), the same
/// for rescoring and for training so a rule and the model see one lead alike.
/// </summary>
/// <remarks>
/// Engagement (replies, reply delay, answers by question key) belongs to the Qualification module. Until it
/// publishes them, every lead counts as silent: <see cref="EngagementOf"/> is where its answers plug in, and the
/// channel the conversation ran on with them.
/// </remarks>
internal sealed class LeadFactsBuilder(LeadsDbContext leads)
{
    /// <summary>A lead created through the API has no source; rules and the model see this name.</summary>
    public const string ApiSource = "api";

    public async Task<IReadOnlyDictionary<Guid, ScoringInput>> BuildAsync(IReadOnlyList<Lead> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(l => l.Id).ToList();
        var tags = await LeadTags.ForAsync(leads, ids, cancellationToken);
        var sourceIds = page.Select(l => l.SourceId).OfType<Guid>().Distinct().ToList();
        var sources = await leads.Set<LeadSource>().AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        return page.ToDictionary(lead => lead.Id, lead =>
        {
            var source = lead.SourceId is { } id ? sources.GetValueOrDefault(id) : ApiSource;
            var engagement = EngagementOf(lead);
            var facts = new LeadFacts(
                Fields(lead, source, tags[lead.Id]), engagement.Answers, engagement.Replied, engagement.FirstReplyAfter,
                engagement.Answers.Count(a => !string.IsNullOrWhiteSpace(a.Value)), lead.CreatedAt, lead.LastActivityAt);
            return new ScoringInput(facts, engagement.Channel);
        });
    }

    /// <summary>The lead's conversation so far: none until Qualification reports replies and answers.</summary>
    private static Engagement EngagementOf(Lead lead) => Engagement.Silent;

    private static Dictionary<string, string?> Fields(Lead lead, string? source, IEnumerable<string> tags)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["source"] = source,
            ["firstName"] = lead.FirstName,
            ["lastName"] = lead.LastName,
            ["email"] = lead.Email,
            ["emailValid"] = Flag(lead.EmailValid && lead.Email is not null),
            ["phone"] = lead.Phone,
            ["phoneValid"] = Flag(lead.PhoneValid && lead.Phone is not null),
            ["phoneType"] = lead.PhoneType,
            ["country"] = lead.Country,
            ["city"] = lead.City,
            ["postalCode"] = lead.PostalCode,
            ["company"] = lead.Company,
            ["message"] = lead.Message,
            ["isTest"] = Flag(lead.IsTest),
            ["tags"] = string.Join(',', tags),
        };
        foreach (var (name, value) in JsonSerializer.Deserialize(lead.Attributes, ScoringJsonContext.Default.DictionaryStringString) ?? [])
            fields["attributes." + name] = value;
        return fields;
    }

    private static string Flag(bool value) => value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();

    private sealed record Engagement(IReadOnlyDictionary<string, string?> Answers, bool Replied, TimeSpan? FirstReplyAfter, string? Channel)
    {
        public static Engagement Silent { get; } = new(new Dictionary<string, string?>(), false, null, null);
    }
}

/// <summary>A lead's facts with the channel its conversation runs on, which the win model also weighs.</summary>
internal sealed record ScoringInput(LeadFacts Facts, string? Channel);
