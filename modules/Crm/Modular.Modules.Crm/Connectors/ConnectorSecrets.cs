using System.Text.Json;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Connectors;

/// <summary>
/// Credentials must be readable again to call the CRM, so each is encrypted at rest rather than hashed. Their names
/// stay readable: the API says which are set, never their values.
/// </summary>
internal sealed class ConnectorSecrets(ISecretProtector protector)
{
    private const string Purpose = "crm.connector-credential";

    public static Dictionary<string, string> ReadJson(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? [];

    public static string WriteJson(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);

    public string Protect(IReadOnlyDictionary<string, string> credentials) =>
        WriteJson(credentials.ToDictionary(c => c.Key, c => protector.Protect(Purpose, c.Value)));

    /// <summary>The stored credentials with <paramref name="replacements"/> encrypted over those of the same name.</summary>
    public string Merge(string stored, IReadOnlyDictionary<string, string> replacements)
    {
        var merged = ReadJson(stored);
        foreach (var (name, value) in replacements)
            merged[name] = protector.Protect(Purpose, value);
        return WriteJson(merged);
    }

    /// <summary>What the plugin gets for a call: settings and decrypted credentials in one dictionary.</summary>
    public CrmConnection ConnectionFor(ConnectorConfiguration connector)
    {
        var values = ReadJson(connector.Settings);
        foreach (var (name, encrypted) in ReadJson(connector.Credentials))
            values[name] = protector.Unprotect(Purpose, encrypted);
        return new CrmConnection(new Uri(connector.BaseUrl), values);
    }
}
