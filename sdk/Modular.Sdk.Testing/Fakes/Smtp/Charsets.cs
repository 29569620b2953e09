using System.Text;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>The encodings .NET knows without a code-pages provider; anything else is read as UTF-8.</summary>
internal static class Charsets
{
    public static Encoding Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
