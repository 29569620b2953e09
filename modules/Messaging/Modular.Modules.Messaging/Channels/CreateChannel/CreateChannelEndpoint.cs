using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Messaging.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Channels.CreateChannel;

/// <summary>POST /api/v1/channels: configures a channel plugin for the tenant; secrets are stored encrypted and never shown again.</summary>
internal static class CreateChannelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/channels", Handle)
            .WithSummary("Configures a channel (type from GET /api/v1/channels/types). Give the provider the `inboundUrl` of the answer for inbound messages and delivery statuses.");

    private static async Task<Results<Created<ChannelView>, ValidationProblem>> Handle(
        CreateChannelRequest request, HttpRequest http, MessagingDbContext messaging, ChannelCatalog catalog, ChannelEdits edits, BaseUrlPolicy baseUrls,
        ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var channel = request.Type is null ? null : catalog.Find(request.Type);
        if (channel is null)
            errors["type"] = [$"Unknown channel type. This server runs: {string.Join(", ", catalog.All().Select(c => c.Key))}."];
        ChannelRules.CheckName(request.Name, errors);
        baseUrls.Check(request.BaseUrl, channel?.Descriptor.DefaultBaseUrl, errors);
        var given = request.Settings ?? [];
        var merged = edits.Merge(null, given);
        if (channel is not null)
            ChannelRules.CheckSettings(channel.Descriptor, given, merged, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = time.GetUtcNow();
        var configuration = new TenantChannel
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            ChannelKey = channel!.Key,
            Name = request.Name!.Trim(),
            BaseUrl = string.IsNullOrEmpty(request.BaseUrl) ? null : request.BaseUrl,
            Settings = "{}",
            Secrets = "{}",
            Enabled = request.Enabled ?? true,
            InboundKey = ChannelSecrets.NewInboundKey(),
            HookBaseUrl = ChannelUrls.BaseOf(http),
            CreatedAt = now,
            UpdatedAt = now,
        };
        edits.Store(configuration, channel.Descriptor, merged);
        if (request.ConversationDefault == true)
            await ConversationDefaults.MakeDefaultAsync(messaging, configuration, cancellationToken);
        messaging.Add(configuration);
        await messaging.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/channels/{configuration.Id}", ChannelView.From(configuration, http));
    }
}

/// <param name="Type">The channel plugin's key, for example <c>twilio</c>.</param>
/// <param name="Settings">The settings the type lists, secrets included (they are encrypted and never shown again).</param>
/// <param name="ConversationDefault">Conversations go through this channel when their sender names none.</param>
/// <param name="Enabled">False to configure it without sending through it yet; true by default.</param>
internal sealed record CreateChannelRequest(
    string? Type, string? Name, string? BaseUrl = null, Dictionary<string, string?>? Settings = null, bool? ConversationDefault = null, bool? Enabled = null);
