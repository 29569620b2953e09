using System.Text.RegularExpressions;

namespace Modular.Plugins.Interpretation.OpenAi.Masking;

/// <summary>
/// Street addresses (a number and a street word: "12 bis rue de la Paix", "221B Baker Street"), postcodes with their
/// city ("75002 Paris", "69100 Villeurbanne"), and British and American postcodes ("SW1A 1AA", "CA 94103").
/// </summary>
internal static partial class Addresses
{
    public static string Mask(string text)
    {
        var masked = FrenchStreet().Replace(text, PersonalDataMask.Address);
        masked = EnglishStreetNamed().Replace(masked, PersonalDataMask.Address);
        masked = EnglishStreet().Replace(masked, PersonalDataMask.Address);
        masked = PostcodeAndCity().Replace(masked, PersonalDataMask.Address);
        masked = BritishPostcode().Replace(masked, PersonalDataMask.Address);
        return AmericanZip().Replace(masked, PersonalDataMask.Address);
    }

    // The street word comes first in French. Its name: linking words (de, la, l', du…) and one word whatever its case,
    // then as many capitalised words as follow ("rue du Faubourg Saint-Honoré"): lowercase text after the first word
    // is the rest of the sentence, not the street.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?i:bis|ter|quater|[a-d])\b)?,?\s*(?i:rue|avenue|av\.|bd|boulevard|chemin|allée|allee|impasse|place|route|quai|cours|passage|lieu-dit|résidence|residence|rond-point|chaussée|voie|sentier|faubourg|cité|hameau|esplanade|promenade|parvis|ruelle|montée|traverse|sente)\b"
        + @"(?:\s+(?:(?i:de|du|des|la|le|les|aux?|en|sur|sous)\s+|(?i:[ld])['’]\s?)*[\p{L}\p{N}][\p{L}\p{N}'’\-]*)?"
        + @"(?:\s+(?:(?i:de|du|des|la|le|les|aux?|en|sur|sous)\s+|(?i:[ld])['’]\s?)*\p{Lu}[\p{L}'’\-]*)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex FrenchStreet();

    // English puts the street word last; with capitalised names any street word counts ("10 Downing Street", "5 Elm Close").
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}(?i:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|way|court|ct\.?|place|pl\.?|terrace|close|crescent|square|sq\.?|highway|hwy\.?|parkway|row|mews|gardens|grove|hill)(?![\p{L}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishStreetNamed();

    // Lowercase names only with street words nothing else means ("12 baker street"), and at most two words of name, so
    // "3 rooms by the way" stays an answer.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d{1,5}[a-zA-Z]?\s+(?:[\p{L}'’\-]+\s+){1,2}(?i:street|road|avenue|boulevard|lane|blvd|rd|ave)(?![\p{L}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishStreet();

    // A French postcode and a capitalised city, not an amount with its currency ("50000 Euros").
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])\d{2}\s?\d{3}\s+(?!(?i:euros?|eur|dollars?|usd|livres?|pounds?|gbp|francs?|mois|ans?|years?|months?|jours?|days?)\b)\p{Lu}[\p{L}'’\-]+(?:[\s\-]+(?:(?:sur|sous|en|lès|les|le|la|de|du|des|aux?|d['’])[\s\-]+)?\p{Lu}[\p{L}'’\-]+)*(?:\s+(?i:cedex)(?:\s+\d{1,2})?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeAndCity();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex BritishPostcode();

    // "Springfield, IL 62701": a city, a state and a ZIP code. The city and its comma are required, and OK (Oklahoma)
    // is left out, so "Oui, OK 50000" stays a budget.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)*,\s*(?:A[LKZR]|C[AOT]|DE|DC|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AmericanZip();
}
