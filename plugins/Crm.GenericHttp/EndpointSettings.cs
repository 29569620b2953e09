using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// A connection's settings, credentials included: the <c>secret</c> and the header it travels in, and the optional body
/// templates. A class rather than a record, so that nothing can print the secret by printing the settings.
/// </summary>
internal sealed class EndpointSettings
{
    public const string SecretSetting = "secret";
    public const string SecretHeaderSetting = "secretHeader";
    public const string UpsertTemplateSetting = "upsertTemplate";
    public const string ReportTemplateSetting = "reportTemplate";

    // Headers the connector or HTTP itself sets: a secret in one of them would be overwritten or break the request.
    private static readonly string[] ReservedHeaders =
        [EndpointContract.EventHeader, EndpointContract.IdempotencyKeyHeader, "Host", "Accept", "Connection", "Transfer-Encoding"];

    private EndpointSettings(string secret, string secretHeader, string upsertTemplate, string reportTemplate)
    {
        Secret = secret;
        SecretHeader = secretHeader;
        UpsertTemplate = upsertTemplate;
        ReportTemplate = reportTemplate;
    }

    public string Secret { get; }
    public string SecretHeader { get; }
    public string UpsertTemplate { get; }
    public string ReportTemplate { get; }

    /// <summary>The settings, or a permanent failure saying which one to fix; the secret's value is never in it.</summary>
    public static (EndpointSettings? Settings, CrmResult? Failure) Read(CrmConnection connection)
    {
        var secret = Value(connection, SecretSetting);
        if (secret is null)
            return Refused($"The connection has no {SecretSetting}: set the credential {SecretSetting} to the value the endpoint expects in its {EndpointContract.DefaultSecretHeader} header (or the header named by {SecretHeaderSetting}).");
        if (secret.Any(char.IsControl))
            return Refused($"The {SecretSetting} holds a line break or another control character, which an HTTP header cannot carry.");

        var header = Value(connection, SecretHeaderSetting)?.Trim() ?? EndpointContract.DefaultSecretHeader;
        if (ReservedHeaders.Contains(header, StringComparer.OrdinalIgnoreCase) || !IsRequestHeader(header))
            return Refused($"The {SecretHeaderSetting} setting '{header}' cannot carry the secret: name a request header of your own, such as {EndpointContract.DefaultSecretHeader} or Authorization.");

        return (new EndpointSettings(secret, header,
            Value(connection, UpsertTemplateSetting) ?? DefaultTemplates.Upsert,
            Value(connection, ReportTemplateSetting) ?? DefaultTemplates.Report), null);
    }

    private static string? Value(CrmConnection connection, string name) =>
        connection.Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    // Asks HttpClient's own header rules, the ones the request is built with: a valid token that is not a content header.
    private static bool IsRequestHeader(string name)
    {
        using var probe = new HttpRequestMessage();
        return probe.Headers.TryAddWithoutValidation(name, "probe");
    }

    private static (EndpointSettings?, CrmResult?) Refused(string message) => (null, new CrmResult(RemoteOutcome.PermanentFailure, Message: message));
}
