using System.Net;

namespace Modular.Plugins.Messaging.Twilio.Inbound;

/// <summary>
/// Parses <c>application/x-www-form-urlencoded</c> text into its pairs, in order, names compared exactly. A parser that
/// folds names by case (as ASP.NET's query helpers do) would sign something other than what Twilio signed.
/// </summary>
internal static class FormFields
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string encoded)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var pair in encoded.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            fields.Add(new(WebUtility.UrlDecode(name), WebUtility.UrlDecode(value)));
        }
        return fields;
    }

    public static string? First(this IReadOnlyList<KeyValuePair<string, string>> fields, string name)
    {
        foreach (var field in fields)
            if (string.Equals(field.Key, name, StringComparison.Ordinal))
                return field.Value;
        return null;
    }
}
