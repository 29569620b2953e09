namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>Splits a template's string into literal text and <c>{{name}}</c> placeholders, spaces inside the braces ignored.</summary>
internal static class PlaceholderText
{
    private const string Open = "{{";
    private const string Close = "}}";

    /// <summary>The parts in order; a <c>{{</c> that is never closed is a problem, and the rest of the string is left out.</summary>
    public static IReadOnlyList<TextPart> Split(string text, List<string> problems)
    {
        var parts = new List<TextPart>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TextPart(text[position..], IsPlaceholder: false));
                break;
            }
            var close = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add($"\"{{{{\" without \"}}}}\" in \"{text}\"");
                break;
            }
            if (open > position)
                parts.Add(new TextPart(text[position..open], IsPlaceholder: false));
            parts.Add(new TextPart(text[(open + Open.Length)..close].Trim(), IsPlaceholder: true));
            position = close + Close.Length;
        }
        return parts;
    }
}
