using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Suppression;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Tests.Infrastructure;

/// <summary>
/// Reads what a running host stored, straight from its database (whichever provider it runs on): the Messaging
/// module's rows as one tenant sees them, and the integration events its outbox holds.
/// </summary>
internal static class HostTables
{
    public static MessagingDbContext Messaging(ModularHost host, Guid tenantId)
    {
        var database = host.Services.GetRequiredService<IModuleDatabase>();
        var options = new DbContextOptionsBuilder<MessagingDbContext>();
        database.Configure(options, MessagingDbContext.ModuleId, database.CreateInternalServiceProvider());
        return new MessagingDbContext(options.Options, new OneTenant(tenantId));
    }

    public static async Task<List<Message>> MessagesAsync(ModularHost host, Guid tenantId)
    {
        await using var messaging = Messaging(host, tenantId);
        return await messaging.Set<Message>().AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync();
    }

    public static async Task<List<SuppressedAddress>> SuppressionsAsync(ModularHost host, Guid tenantId)
    {
        await using var messaging = Messaging(host, tenantId);
        return await messaging.Set<SuppressedAddress>().AsNoTracking().ToListAsync();
    }

    /// <summary>The tenant's events in the outbox, as their type's short name and payload, oldest first.</summary>
    public static async Task<List<(string Type, JsonElement Payload)>> OutboxEventsAsync(ModularHost host, Guid tenantId)
    {
        await using var messaging = Messaging(host, tenantId);
        var provider = messaging.Database.ProviderName;
        var table = DatabaseNaming.Schema(provider, "platform") is { } schema
            ? $"\"{schema}\".\"{DatabaseNaming.Table(provider, "platform", "outbox_messages")}\""
            : $"\"{DatabaseNaming.Table(provider, "platform", "outbox_messages")}\"";
#pragma warning disable EF1002 // The table name is built from constants, not input.
        var rows = await messaging.Database.SqlQueryRaw<OutboxRow>($"SELECT \"Type\", \"Payload\" FROM {table}").ToListAsync();
#pragma warning restore EF1002
        return [.. rows
            .Select(r => (Type: r.Type.Split(',')[0].Split('.')[^1], Payload: JsonSerializer.Deserialize<JsonElement>(r.Payload)))
            .Where(e => e.Payload.TryGetProperty("tenantId", out var tenant) && tenant.GetGuid() == tenantId)
            .OrderBy(e => e.Payload.GetProperty("occurredAt").GetDateTimeOffset())];
    }

    public static async Task<List<JsonElement>> OutboxEventsAsync(ModularHost host, Guid tenantId, string type) =>
        [.. (await OutboxEventsAsync(host, tenantId)).Where(e => e.Type == type).Select(e => e.Payload)];

    private sealed record OneTenant(Guid? TenantId) : ICurrentTenant;

    private sealed class OutboxRow
    {
        public required string Type { get; init; }
        public required string Payload { get; init; }
    }
}
