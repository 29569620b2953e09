namespace Modular.Host.Platform;

/// <summary>The problem details the platform API answers with, worded once.</summary>
internal static class PlatformProblems
{
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} with id {id} exists for this tenant.");
}
