using System.Text.RegularExpressions;

namespace Modular.Plugins.Interpretation.OpenAi.Masking;

/// <summary>
/// Replaces the personal data a lead may write in a reply (or a scenario in a question) with placeholders before the
/// text leaves for the model: <c>[email]</c>, <c>[phone]</c>, <c>[address]</c> and <c>[name]</c>. Rules for French and
/// English, erring on the side of masking: a masked word costs a little understanding, a leaked one is a transfer the
/// manifest does not declare. Names are only found where something introduces them ("je m'appelle", "my name is",
/// "Mme", "Bonjour …"); a bare name needs named-entity recognition (Microsoft Presidio's analyser, say), which is
/// not available to a .NET plugin here.
/// </summary>
internal static partial class PersonalDataMask
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Address = "[address]";
    public const string Name = "[name]";

    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        // Emails first: their local part could otherwise read as a name or a number.
        var masked = EmailPattern().Replace(text, Email);
        masked = PhoneNumbers.Mask(masked);
        masked = Addresses.Mask(masked);
        return Names.Mask(masked);
    }

    // Also "jean.dupont (at) gmail.com" and "[at]", the ways people dodge spam harvesters.
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
