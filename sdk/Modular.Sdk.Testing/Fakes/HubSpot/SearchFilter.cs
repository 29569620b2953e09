namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>
/// One filter of a search request. <c>EQ</c> and <c>NEQ</c> compare text without case, or numbers and dates by value;
/// the range operators compare numbers, and dates by their milliseconds, and never match a contact without the property.
/// </summary>
internal sealed record SearchFilter(string Property, string Operator, string Value)
{
    public static readonly string[] Operators = ["EQ", "NEQ", "GT", "GTE", "LT", "LTE"];

    public bool Matches(FakeHubSpotContact contact)
    {
        var held = contact.Properties.GetValueOrDefault(Property);
        var equal = held is not null && (string.Equals(held, Value, StringComparison.OrdinalIgnoreCase) || Compare(held) == 0);
        return Operator switch
        {
            "EQ" => equal,
            "NEQ" => !equal,
            "GT" => Compare(held) > 0,
            "GTE" => Compare(held) >= 0,
            "LT" => Compare(held) < 0,
            "LTE" => Compare(held) <= 0,
            _ => false,
        };
    }

    // Null when either side is not a number or a date, so that no range operator matches it.
    private int? Compare(string? held) =>
        HubSpotDates.Comparable(held) is { } left && HubSpotDates.Comparable(Value) is { } right ? left.CompareTo(right) : null;
}
