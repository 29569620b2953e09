using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Sending;
using Modular.Modules.Messaging.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Channels.TestChannel;

/// <summary>
/// POST /api/v1/channels/{id}/test: sends one message through this configuration, enabled or not, and answers what
/// the provider said, so a client can check credentials before conversations use them. The suppression list applies.
/// </summary>
internal static class TestChannelEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/channels/{id:guid}/test", Handle)
            .WithSummary("Sends a test message through the channel and answers the outcome: sent, suppressed, retry_later or failed, with the provider's reason.");

    private static async Task<Results<Ok<TestChannelResult>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, TestChannelRequest request, MessagingDbContext messaging, ChannelCatalog catalog, OutboundSender sender, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        var configuration = await messaging.Set<TenantChannel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (configuration is null)
            return MessagingProblems.NotFound("Channel", id);
        if (catalog.Find(configuration.ChannelKey) is not { } channel)
            return MessagingProblems.PluginInactive(configuration.ChannelKey);

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.To) || Addresses.Normalise(request.To).Length < 3)
            errors["to"] = ["A recipient is required: an E.164 phone number (+33612345678) or an email address."];
        else if (Addresses.KindOf(request.To) != channel.Descriptor.AddressKind)
            errors["to"] = [$"This channel writes to {channel.Descriptor.AddressKind} addresses."];
        if (request.Text is { Length: > 1600 })
            errors["text"] = ["At most 1600 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var send = new SendMessage(tenant.RequiredTenantId, null, request.To!, request.Text ?? $"Test message from Modular: the channel \"{configuration.Name}\" works.",
            $"channel-test/{Guid.NewGuid():N}", configuration.ChannelKey, "Modular test message");
        var result = await sender.SendAsync(send, new OutboundRoute(channel, configuration), cancellationToken);
        return TypedResults.Ok(TestChannelResult.From(result));
    }
}

internal sealed record TestChannelRequest(string? To, string? Text = null);

/// <param name="Status">sent, suppressed, retry_later, failed or no_channel.</param>
internal sealed record TestChannelResult(string Status, Guid MessageId, string Channel, string? Reason, double? RetryAfterSeconds)
{
    public static TestChannelResult From(SendMessageResult result) => new(
        result.Status switch
        {
            SendStatus.Sent => "sent",
            SendStatus.Suppressed => "suppressed",
            SendStatus.RetryLater => "retry_later",
            SendStatus.NoChannel => "no_channel",
            _ => "failed",
        },
        result.MessageId, result.Channel, result.Reason, result.RetryAfter?.TotalSeconds);
}
