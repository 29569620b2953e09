using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Timeline;

/// <summary>One thing that happened to a lead, recorded by this module or by another through <c>LeadActivity</c>.</summary>
internal sealed class TimelineEntry : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid LeadId { get; set; }
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The module that recorded it, for example <c>leads</c> or <c>qualification</c>.</summary>
    public required string Module { get; init; }

    /// <summary>Dotted kind, for example <c>lead.received</c>.</summary>
    public required string Type { get; init; }

    public required string Summary { get; init; }

    /// <summary>Who did it: <c>source:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c>, <c>user:&lt;id&gt;</c> or <c>system</c>.</summary>
    public string? Actor { get; init; }

    /// <summary>Details as a JSON object (for a rectification: each field with its old and new value).</summary>
    public string? Data { get; init; }

    /// <summary>The integration event that produced the entry, so a redelivered event is recorded once.</summary>
    public Guid? EventId { get; init; }
}
