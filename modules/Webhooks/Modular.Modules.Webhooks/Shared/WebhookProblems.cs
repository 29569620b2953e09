using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Modular.Modules.Webhooks.Shared;

/// <summary>The problem details the Webhooks API answers with, worded once.</summary>
internal static class WebhookProblems
{
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} with id {id} exists for this tenant.");
}
