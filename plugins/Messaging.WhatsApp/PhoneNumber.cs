namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>WhatsApp addresses people by their number's digits (the <c>wa_id</c>); the platform uses E.164 with a plus.</summary>
internal static class PhoneNumber
{
    /// <summary>The digits of an E.164 number, or null when it has none or more than E.164 allows.</summary>
    public static string? ToWhatsAppId(string e164)
    {
        var digits = new string(e164.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and <= 15 ? digits : null;
    }

    public static string FromWhatsAppId(string waId) => "+" + waId.TrimStart('+');
}
