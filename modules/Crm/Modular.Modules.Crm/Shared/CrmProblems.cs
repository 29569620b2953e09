using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Modular.Modules.Crm.Shared;

/// <summary>The problem details the Crm API answers with, worded once.</summary>
internal static class CrmProblems
{
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} with id {id} exists for this tenant.");

    public static ProblemHttpResult NoConnector() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No CRM connected",
            detail: "This tenant has no enabled CRM connector: create one with POST /api/v1/crm/connectors first.");

    public static ProblemHttpResult NotParked(Guid id, string status) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Push not parked",
            detail: $"Push {id} is {status}; only a parked push can be retried by hand.");

    public static ProblemHttpResult PluginInactive(string type) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Connector unavailable",
            detail: $"The '{type}' CRM connector plugin is not active on this server.");
}
