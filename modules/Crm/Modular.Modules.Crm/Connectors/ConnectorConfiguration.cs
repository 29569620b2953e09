using Modular.Sdk.Data;

namespace Modular.Modules.Crm.Connectors;

/// <summary>A tenant's configuration of one CRM connector plugin: where its CRM is, its credentials, and when to push.</summary>
internal sealed class ConnectorConfiguration : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The plugin's <c>ICrmConnector.Key</c>, for example <c>hubspot</c>.</summary>
    public required string Type { get; init; }

    public required string Name { get; set; }

    /// <summary>The CRM's API root; checked against the operator's outbound rules when set.</summary>
    public required string BaseUrl { get; set; }

    /// <summary>JSON object: credential name → its value encrypted with <c>ISecretProtector</c>.</summary>
    public required string Credentials { get; set; }

    /// <summary>JSON object of settings that are not secret (an API version, a pipeline id).</summary>
    public required string Settings { get; set; }

    /// <summary>Comma-separated verdicts whose leads are pushed automatically, for example <c>Hot,Qualified</c>.</summary>
    public required string SyncOn { get; set; }

    /// <summary>JSON object: what Modular knows (<c>answers.budget</c>, <c>score</c>, …) → the CRM field it goes to.</summary>
    public required string FieldMapping { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Read the records created in the CRM and qualify them as leads (the plugin must be an <c>ICrmLeadFeed</c>).</summary>
    public bool ReadLeads { get; set; }

    /// <summary>Read deals won and lost back for scoring (the plugin must be an <c>ICrmOutcomeReader</c>).</summary>
    public bool ReadOutcomes { get; set; }

    /// <summary>Where the next read of new leads starts, as the plugin returned it.</summary>
    public string? LeadCursor { get; set; }

    /// <summary>Where the next read of outcomes starts, as the plugin returned it.</summary>
    public string? OutcomeCursor { get; set; }

    /// <summary>When the next read is due; a read job due earlier belongs to a chain since replaced, and stops.</summary>
    public DateTimeOffset? NextReadAt { get; set; }

    /// <summary>Why the last read failed, null when it worked.</summary>
    public string? LastReadError { get; set; }

    /// <summary>Retryable failures in a row across this connector's pushes; the circuit opens at a threshold.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>While in the future, the circuit is open: pushes wait instead of calling a CRM that keeps failing.</summary>
    public DateTimeOffset? PausedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
