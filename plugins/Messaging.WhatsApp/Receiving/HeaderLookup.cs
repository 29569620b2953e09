namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>Header names are case-insensitive; the host promises a dictionary that ignores case, this does not rely on it.</summary>
internal static class HeaderLookup
{
    public static string? Find(IReadOnlyDictionary<string, string> headers, string name)
    {
        if (headers.TryGetValue(name, out var value))
            return value;
        foreach (var (key, candidate) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }

        return null;
    }
}
