using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Channels.UpdateChannel;

/// <summary>PATCH /api/v1/channels/{id}: renames, enables or disables a configuration, makes it the conversation default, or changes settings.</summary>
internal static class UpdateChannelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/channels/{id:guid}", Handle)
            .WithSummary("Changes a channel configuration. Fields left out stay as they are; in `settings`, a setting given replaces it (a secret too), null removes it, one left out is kept.");

    private static async Task<Results<Ok<ChannelView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateChannelRequest request, HttpRequest http, MessagingDbContext messaging, ChannelCatalog catalog, ChannelEdits edits, BaseUrlPolicy baseUrls,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var configuration = await messaging.Set<TenantChannel>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (configuration is null)
            return MessagingProblems.NotFound("Channel", id);

        var errors = new Dictionary<string, string[]>();
        if (request.Name is not null)
            ChannelRules.CheckName(request.Name, errors);
        var channel = catalog.Find(configuration.ChannelKey);
        baseUrls.Check(request.BaseUrl, channel?.Descriptor.DefaultBaseUrl, errors);
        var merged = request.Settings is null ? null : edits.Merge(configuration, request.Settings);
        if (merged is not null)
        {
            // Settings can only be checked and sorted into secrets by the plugin that defines them.
            if (channel is null)
                errors["settings"] = [$"The '{configuration.ChannelKey}' channel plugin is not active, so its settings cannot be changed now."];
            else
                ChannelRules.CheckSettings(channel.Descriptor, request.Settings!, merged, errors);
        }
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        if (request.Name is not null)
            configuration.Name = request.Name.Trim();
        if (request.BaseUrl is not null)
            configuration.BaseUrl = request.BaseUrl.Length == 0 ? null : request.BaseUrl;
        if (request.Enabled is { } enabled)
            configuration.Enabled = enabled;
        if (request.ConversationDefault == true)
            await ConversationDefaults.MakeDefaultAsync(messaging, configuration, cancellationToken);
        else if (request.ConversationDefault == false)
            configuration.ConversationDefault = false;
        if (merged is not null)
            edits.Store(configuration, channel!.Descriptor, merged);
        configuration.HookBaseUrl = ChannelUrls.BaseOf(http);
        configuration.UpdatedAt = time.GetUtcNow();
        await messaging.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ChannelView.From(configuration, http));
    }
}

/// <param name="BaseUrl">The provider's API root; an empty string goes back to the channel's default.</param>
/// <param name="Settings">Setting name → new value; null removes an optional setting. Secrets left out keep their value.</param>
internal sealed record UpdateChannelRequest(
    string? Name = null, string? BaseUrl = null, bool? Enabled = null, bool? ConversationDefault = null, Dictionary<string, string?>? Settings = null);
