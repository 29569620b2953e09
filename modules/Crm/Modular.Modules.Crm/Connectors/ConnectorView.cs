namespace Modular.Modules.Crm.Connectors;

/// <summary>A connector configuration as the API shows it: credentials only named, never shown.</summary>
internal sealed record ConnectorView(
    Guid Id, string Type, string Name, string BaseUrl, IReadOnlyList<string> CredentialsSet, IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SyncOn, IReadOnlyDictionary<string, string> FieldMapping, bool Enabled, DateTimeOffset? PausedUntil,
    bool ReadLeads, bool ReadOutcomes, DateTimeOffset? NextReadAt, string? LastReadError, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static string PathOf(Guid id) => $"/api/v1/crm/connectors/{id}";

    public static ConnectorView From(ConnectorConfiguration connector) => new(
        connector.Id, connector.Type, connector.Name, connector.BaseUrl,
        [.. ConnectorSecrets.ReadJson(connector.Credentials).Keys.Order(StringComparer.Ordinal)],
        ConnectorSecrets.ReadJson(connector.Settings), Verdicts.Split(connector.SyncOn),
        ConnectorSecrets.ReadJson(connector.FieldMapping), connector.Enabled, connector.PausedUntil,
        connector.ReadLeads, connector.ReadOutcomes, connector.NextReadAt, connector.LastReadError, connector.CreatedAt, connector.UpdatedAt);
}
