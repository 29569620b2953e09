using System.Globalization;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>
/// Where the contact feed stands: the <c>createdate</c> (milliseconds since the epoch) from which the next search reads,
/// and, only while more than a page of contacts share that very millisecond, HubSpot's <c>after</c> to page on within
/// it. Written <c>1735725600000</c> or <c>1735725600000:100</c>.
/// </summary>
internal sealed record ContactFeedCursor(long Since, string? After = null)
{
    public static ContactFeedCursor? Parse(string text)
    {
        var parts = text.Split(':', 2);
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var since))
            return null;
        return parts.Length == 1 ? new ContactFeedCursor(since)
            : parts[1].Length > 0 ? new ContactFeedCursor(since, parts[1])
            : null;
    }

    public override string ToString() =>
        After is null ? Since.ToString(CultureInfo.InvariantCulture) : $"{Since.ToString(CultureInfo.InvariantCulture)}:{After}";
}
