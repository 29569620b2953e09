using System.Globalization;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Where the outcome reader stands: the <c>update_time</c> from which the next read lists deals (none before the first
/// read), the ids of the deals already read that were last updated in that very second, and, only while more than a
/// page of deals share that second, Pipedrive's own cursor to page on within it. Written
/// <c>2025-01-01T10:20:00Z|101,102|</c>.
/// </summary>
internal sealed record OutcomeCursor(DateTimeOffset? Since, IReadOnlySet<long> ReadAtSince, string? Page)
{
    public static readonly OutcomeCursor Start = new(null, new HashSet<long>(), null);

    public static OutcomeCursor? Parse(string text)
    {
        var parts = text.Split('|', 3);
        if (parts.Length != 3)
            return null;
        DateTimeOffset? since = null;
        if (parts[0].Length > 0)
        {
            if (!DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return null;
            since = parsed;
        }
        var read = new HashSet<long>();
        foreach (var id in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return null;
            read.Add(value);
        }
        return new OutcomeCursor(since, read, parts[2].Length > 0 ? parts[2] : null);
    }

    /// <summary>An RFC 3339 time in UTC, as Pipedrive's <c>updated_since</c> takes it, without a fraction unless it has one.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"{(Since is { } since ? Rfc3339(since) : "")}|{string.Join(',', ReadAtSince.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)))}|{Page}";
}
