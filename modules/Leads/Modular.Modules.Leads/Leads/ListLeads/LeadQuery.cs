namespace Modular.Modules.Leads.Leads.ListLeads;

/// <summary>The filters of the lead list, from the query string.</summary>
internal sealed record LeadQuery(
    string? Status, Guid? Source, DateTimeOffset? CreatedFrom, DateTimeOffset? CreatedTo, int? ScoreMin, int? ScoreMax,
    string? Tag, string? Search, string? Cursor, int? Limit)
{
    public LeadStatus? ParsedStatus => Enum.TryParse<LeadStatus>(Status, ignoreCase: true, out var status) ? status : null;

    /// <summary>What is wrong with the query, worded for the client; null when it can run.</summary>
    public string? Problem() =>
        Status is not null && ParsedStatus is null ? $"Unknown status '{Status}'. Known: {string.Join(", ", Enum.GetNames<LeadStatus>())}."
        : Limit is < 1 or > ListLeadsEndpoint.MaxLimit ? $"limit must be between 1 and {ListLeadsEndpoint.MaxLimit}."
        : Cursor is not null && !LeadCursor.TryRead(Cursor, out _, out _) ? "The cursor is not one this API returned; start again without it."
        : Search is { Length: > 200 } ? "search holds at most 200 characters."
        : null;

    /// <summary>The names of the filters given, for the audit trail: their values (a search's text above all) may be personal data.</summary>
    public IEnumerable<string> FilterNames() =>
        new (string Name, bool Given)[]
        {
            ("status", Status is not null), ("source", Source is not null), ("createdFrom", CreatedFrom is not null), ("createdTo", CreatedTo is not null),
            ("scoreMin", ScoreMin is not null), ("scoreMax", ScoreMax is not null), ("tag", Tag is not null), ("search", Search is not null),
            ("cursor", Cursor is not null),
        }.Where(filter => filter.Given).Select(filter => filter.Name);
}
