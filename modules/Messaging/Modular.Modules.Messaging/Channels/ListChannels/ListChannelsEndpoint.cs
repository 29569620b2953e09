using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;

namespace Modular.Modules.Messaging.Channels.ListChannels;

/// <summary>GET /api/v1/channels: the tenant's channel configurations, oldest first, without their secrets.</summary>
internal static class ListChannelsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/channels", Handle).WithSummary("Lists the tenant's channel configurations (secrets are only named, in secretsSet).");

    private static async Task<Ok<List<ChannelView>>> Handle(HttpRequest http, MessagingDbContext messaging, CancellationToken cancellationToken)
    {
        var channels = await messaging.Set<TenantChannel>().AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(channels.Select(c => ChannelView.From(c, http)).ToList());
    }
}
