using System.Text;

namespace Modular.Modules.Leads.Normalisation;

/// <summary>Reads the digits out of a phone number as people type it.</summary>
internal static class PhoneInput
{
    // Typed or pasted between groups of digits. Parentheses being separators is what turns the common
    // "+33 (0)6..." into a stray 0 after the calling code, which the normaliser then drops.
    private const string Separators = " .-()/\u2010\u2011\u2013\u2014";

    // Longer than any E.164 number even with an international prefix and a stray trunk 0: stop reading.
    private const int MaxDigits = 20;

    /// <summary>
    /// False when anything other than digits, separators and one leading '+' is present (letters, an
    /// extension, a second number), or when there are no digits or too many to be one number.
    /// </summary>
    public static bool TryRead(string text, out bool hasPlus, out string digits)
    {
        hasPlus = false;
        digits = "";
        var read = new StringBuilder(MaxDigits);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (read.Length == MaxDigits)
                {
                    return false;
                }

                read.Append(c);
            }
            else if (c == '+' && !hasPlus && read.Length == 0)
            {
                hasPlus = true;
            }
            else if (!char.IsWhiteSpace(c) && !Separators.Contains(c))
            {
                return false;
            }
        }

        digits = read.ToString();
        return digits.Length > 0;
    }
}
