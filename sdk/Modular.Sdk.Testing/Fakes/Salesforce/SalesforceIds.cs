namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>Record ids shaped like Salesforce's: a 3-character object prefix, 12 more characters, then the 3-character case checksum.</summary>
internal static class SalesforceIds
{
    public const string LeadPrefix = "00Q";
    public const string TaskPrefix = "00T";

    private const string ChecksumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    public static string Next(string prefix, long sequence)
    {
        // "Fk" stands where Salesforce puts the pod and reserved characters; upper case gives the checksum some work.
        var id15 = $"{prefix}Fk{sequence:D10}";
        return id15 + Checksum(id15);
    }

    /// <summary>
    /// The suffix that makes a 15-character id safe for case-insensitive systems: for each block of 5 characters, a
    /// character of the alphabet whose bits tell which of the 5 are upper-case letters.
    /// </summary>
    private static string Checksum(string id15)
    {
        var suffix = new char[3];
        for (var block = 0; block < 3; block++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
                if (id15[block * 5 + i] is >= 'A' and <= 'Z')
                    bits |= 1 << i;
            suffix[block] = ChecksumAlphabet[bits];
        }
        return new string(suffix);
    }
}
