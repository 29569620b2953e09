using System.Globalization;
using System.Text;

namespace Modular.Modules.Messaging.Inbound;

/// <summary>
/// The single-word replies that unsubscribe or subscribe again: Twilio's defaults (STOP, STOPALL, UNSUBSCRIBE, CANCEL,
/// END, QUIT, REVOKE, OPTOUT; START, UNSTOP) and the French STOP / ARRET / ARRÊT. Case, spaces and accents are ignored,
/// and so is trailing punctuation ("Stop!"); a sentence that merely contains the word is left to the interpreter.
/// </summary>
internal static class StopKeywords
{
    private static readonly HashSet<string> OptOut = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "ARRET"];
    private static readonly HashSet<string> OptIn = ["START", "UNSTOP"];

    public static bool IsOptOut(string text) => OptOut.Contains(Canonical(text));

    public static bool IsOptIn(string text) => OptIn.Contains(Canonical(text));

    private static string Canonical(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c))
                kept.Append(char.ToUpperInvariant(c));
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            else
                return "";
        }
        return kept.ToString();
    }
}
