using System.Text.Json;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Timeline;

/// <summary>Records what the Leads module itself did to a lead.</summary>
internal static class TimelineEntries
{
    public const string Module = "leads";

    public static void Record(this LeadsDbContext leads, Guid tenantId, Guid leadId, string type, string summary, string actor, DateTimeOffset now, object? data = null) =>
        leads.Add(new TimelineEntry
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            LeadId = leadId,
            OccurredAt = now,
            Module = Module,
            Type = type,
            Summary = summary,
            Actor = actor,
            Data = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
        });
}
