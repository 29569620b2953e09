using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Channels.GetChannel;

/// <summary>GET /api/v1/channels/{id}: one channel configuration, without its secrets.</summary>
internal static class GetChannelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{id:guid}", Handle).WithSummary("Shows a channel configuration (secrets are only named, in secretsSet).");

    private static async Task<Results<Ok<ChannelView>, ProblemHttpResult>> Handle(Guid id, HttpRequest http, MessagingDbContext messaging, CancellationToken cancellationToken) =>
        await messaging.Set<TenantChannel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } channel
            ? TypedResults.Ok(ChannelView.From(channel, http))
            : MessagingProblems.NotFound("Channel", id);
}
