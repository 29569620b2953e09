using System.Text.Json;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform;

namespace Modular.Modules.Leads.Tests.Api;

/// <summary>The integration events stored in the outbox about one lead, read straight from the platform's table.</summary>
internal static class OutboxEvents
{
    /// <returns>Each event as its type's short name and its payload, oldest first.</returns>
    public static async Task<List<(string Type, JsonElement Payload)>> AboutAsync(ModularHost host, Guid leadId)
    {
        await using var scope = host.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        var messages = await scope.Resolve<PlatformDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        var id = leadId.ToString();
        return [.. messages.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => (Type: m.Type.Split(',')[0].Split('.')[^1], Payload: JsonSerializer.Deserialize<JsonElement>(m.Payload)))
            .Where(e => e.Payload.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == id))];
    }
}
