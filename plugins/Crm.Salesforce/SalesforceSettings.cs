using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>
/// A connection's settings: <c>accessToken</c>, an OAuth access token (or session id) sent as Bearer, and optional
/// <c>apiVersion</c>, the REST API version in the paths (<c>v61.0</c> when absent).
/// </summary>
internal sealed partial class SalesforceSettings
{
    public const string AccessTokenSetting = "accessToken";
    public const string ApiVersionSetting = "apiVersion";
    public const string DefaultApiVersion = "v61.0";

    // The Sforce-Duplicate-Rule-Header the connector relies on exists from API version 52.0.
    private const int OldestApiVersion = 52;

    // A class, not a record: a record's generated ToString would print the token wherever the settings were logged.
    private SalesforceSettings(string accessToken, string apiVersion)
    {
        AccessToken = accessToken;
        ApiVersion = apiVersion;
    }

    public string AccessToken { get; }

    /// <summary>The version as it goes in paths, for example <c>v61.0</c>.</summary>
    public string ApiVersion { get; }

    /// <summary>The settings, or why they cannot be used: a result the connector returns without calling Salesforce.</summary>
    public static SalesforceSettings? Read(IReadOnlyDictionary<string, string> settings, out string? problem)
    {
        problem = null;
        if (!settings.TryGetValue(AccessTokenSetting, out var token) || string.IsNullOrWhiteSpace(token))
        {
            problem = "The connection has no accessToken: paste an OAuth access token of the Salesforce integration user (from a connected app).";
            return null;
        }
        var version = settings.GetValueOrDefault(ApiVersionSetting);
        if (string.IsNullOrWhiteSpace(version))
            return new SalesforceSettings(token.Trim(), DefaultApiVersion);

        var match = VersionShape().Match(version.Trim());
        if (!match.Success || int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture) < OldestApiVersion)
        {
            problem = $"The apiVersion setting must look like {DefaultApiVersion} and be {OldestApiVersion}.0 or later; it was '{version}'.";
            return null;
        }
        return new SalesforceSettings(token.Trim(), $"v{match.Groups["major"].Value}.0");
    }

    // Salesforce numbers its API versions vNN.0; the leading v is often left out when people copy it from Setup.
    [GeneratedRegex(@"^v?(?<major>\d{2,3})\.0$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionShape();
}
