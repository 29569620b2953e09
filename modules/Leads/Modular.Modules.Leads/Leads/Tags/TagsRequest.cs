namespace Modular.Modules.Leads.Leads.Tags;

/// <summary>The tags to put on a lead, or to add to its tags; compared in their normalised form (trimmed, lower case).</summary>
internal sealed record TagsRequest(IReadOnlyList<string>? Tags)
{
    public IReadOnlyList<string> NormalisedTags() => [.. (Tags ?? []).Select(LeadTags.Normalise).Distinct()];

    public Dictionary<string, string[]> Errors()
    {
        if (Tags is null)
            return new() { ["tags"] = ["Send the tags as a list, for example {\"tags\":[\"vip\"]}."] };
        var wrong = Tags.Select(LeadTags.Normalise).Where(t => TagEdits.Problem(t) is not null).Select(t => TagEdits.Problem(t)!).Distinct().ToArray();
        return wrong.Length > 0 ? new() { ["tags"] = wrong } : [];
    }
}

/// <summary>The tags a lead holds after the change, in alphabetical order.</summary>
internal sealed record TagsView(IReadOnlyList<string> Tags);
