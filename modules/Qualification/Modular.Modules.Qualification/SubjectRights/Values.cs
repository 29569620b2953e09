using System.Globalization;

namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>How a record's values are written, the same in every export format: invariant culture, ISO 8601 times.</summary>
internal static class Values
{
    public static string? Of(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string? Of(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(double? number) => number?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(Guid? id) => id?.ToString();

    public static string Of(bool flag) => flag ? "true" : "false";
}
