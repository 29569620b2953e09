using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Modular.Modules.Messaging.Shared;

/// <summary>The problem details the Messaging API answers with, worded once.</summary>
internal static class MessagingProblems
{
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} with id {id} exists for this tenant.");

    public static ProblemHttpResult UnknownHook() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown inbound URL", detail: "No channel configuration has this inbound key.");

    public static ProblemHttpResult NotAuthentic() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not from the provider", detail: "The request's signature or token does not verify against this channel's credentials; nothing was stored.");

    public static ProblemHttpResult PluginInactive(string channelKey) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Channel unavailable", detail: $"The '{channelKey}' channel plugin is not active on this server.");
}
