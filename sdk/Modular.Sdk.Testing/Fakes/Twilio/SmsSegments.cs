namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>
/// How many SMS segments a text takes, as carriers bill it: GSM-7 (160 characters alone, 153 per part when split)
/// when every character is in the GSM alphabet, UCS-2 (70 alone, 67 per part) otherwise.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Reached through an escape character, so each costs two septets.
    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>The number of segments <paramref name="text"/> is sent in.</summary>
    public static int Count(string text)
    {
        var septets = 0;
        foreach (var character in text)
        {
            if (Basic.Contains(character))
                septets++;
            else if (Extension.Contains(character))
                septets += 2;
            else
                return Split(text.Length, single: 70, part: 67);
        }
        return Split(septets, single: 160, part: 153);
    }

    private static int Split(int length, int single, int part) => length <= single ? 1 : (length + part - 1) / part;
}
