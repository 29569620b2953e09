using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Channels.ListTypes;

/// <summary>GET /api/v1/channels/types: the channel plugins active now, with the settings each takes.</summary>
internal static class ListChannelTypesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/channels/types", Handle).WithSummary("Lists the channel types this server runs (one per active channel plugin) and the settings a configuration of each takes.");

    private static Ok<List<ChannelTypeView>> Handle(ChannelCatalog catalog) =>
        TypedResults.Ok(catalog.All().Select(ChannelTypeView.From).OrderBy(t => t.Type, StringComparer.Ordinal).ToList());
}

internal sealed record ChannelTypeView(string Type, string DisplayName, string AddressKind, string DefaultBaseUrl, IReadOnlyList<ChannelSetting> Settings, double? FreeTextWindowHours)
{
    public static ChannelTypeView From(IMessageChannel channel) => new(
        channel.Key, channel.Descriptor.DisplayName, channel.Descriptor.AddressKind, channel.Descriptor.DefaultBaseUrl.ToString(),
        channel.Descriptor.Settings, channel.Descriptor.FreeTextWindow?.TotalHours);
}
