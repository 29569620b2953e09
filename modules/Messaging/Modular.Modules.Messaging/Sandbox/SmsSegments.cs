namespace Modular.Modules.Messaging.Sandbox;

/// <summary>
/// How many SMS parts a text takes, so the sandbox reports what a real SMS provider would bill: 160 characters in
/// one part (153 per part once split) in the GSM 03.38 alphabet, 70 (67) otherwise.
/// </summary>
internal static class SmsSegments
{
    private const string GsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string GsmExtension = "^{}\\[~]|€\f";

    public static int Count(string text)
    {
        var gsmLength = 0;
        foreach (var c in text)
        {
            if (GsmBasic.Contains(c))
                gsmLength++;
            else if (GsmExtension.Contains(c))
                gsmLength += 2;
            else
                return Parts(text.Length, single: 70, perPart: 67);
        }
        return Parts(gsmLength, single: 160, perPart: 153);
    }

    private static int Parts(int length, int single, int perPart) =>
        length <= single ? 1 : (length + perPart - 1) / perPart;
}
