using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>Answers shaped like Salesforce's: JSON written with its exact field names, errors as <c>[{"message","errorCode","fields"}]</c>.</summary>
internal static class SalesforceResults
{
    public static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, statusCode);

    public static IResult Error(int statusCode, string errorCode, string message, params string[] fields)
    {
        var error = new JsonObject { ["message"] = message, ["errorCode"] = errorCode };
        if (fields.Length > 0)
            error["fields"] = new JsonArray([.. fields.Select(f => JsonValue.Create(f))]);
        return Json(new JsonArray(error), statusCode);
    }

    public static IResult InvalidSession() => Error(401, "INVALID_SESSION_ID", "Session expired or invalid");

    public static IResult NotFound() => Error(404, "NOT_FOUND", "The requested resource does not exist");

    public static IResult ServerError() =>
        Error(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: 1208741925-12345 (-1650244561)");

    public static IResult DailyLimitExceeded() => Error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");

    /// <summary>A 429 with <c>Retry-After</c>, as a gateway in front of an org answers a burst.</summary>
    public static IResult RateLimited(TimeSpan retryAfter) => new RateLimitedResult(retryAfter);

    /// <summary>The answer of a duplicate rule whose alert the request did not allow to bypass.</summary>
    public static IResult DuplicatesDetected(string apiVersion, IEnumerable<string> matchingLeadIds)
    {
        const string message = "You're creating a duplicate record. We recommend you use an existing record instead.";
        var matches = new JsonArray([.. matchingLeadIds.Select(id => (JsonNode)new JsonObject
        {
            ["additionalInformation"] = new JsonArray(),
            ["fieldDiffs"] = new JsonArray(),
            ["matchConfidence"] = 100.0,
            ["record"] = Record("Lead", id, apiVersion),
        })]);
        var duplicateResult = new JsonObject
        {
            ["allowSave"] = false,
            ["duplicateRule"] = "Standard_Rule_for_Leads_with_Duplicate_Leads",
            ["duplicateRuleEntityType"] = "Lead",
            ["errorMessage"] = message,
            ["matchResults"] = new JsonArray(new JsonObject
            {
                ["entityType"] = "Lead",
                ["errors"] = new JsonArray(),
                ["matchEngine"] = "ExactMatchEngine",
                ["matchRecords"] = matches,
                ["rule"] = "Standard_Lead_Match_Rule_v1_0",
                ["size"] = matches.Count,
                ["success"] = true,
            }),
        };
        return Json(new JsonArray(new JsonObject { ["duplicateResult"] = duplicateResult, ["errorCode"] = "DUPLICATES_DETECTED", ["message"] = message }), 400);
    }

    /// <summary>A record as queries and reads show it: its <c>attributes</c> (type and URL), then its Id.</summary>
    public static JsonObject Record(string type, string id, string apiVersion) => new()
    {
        ["attributes"] = new JsonObject { ["type"] = type, ["url"] = $"/services/data/{apiVersion}/sobjects/{type}/{id}" },
        ["Id"] = id,
    };

    /// <summary>What creating a record answers with 201.</summary>
    public static IResult Created(string id) =>
        Json(new JsonObject { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray() }, StatusCodes.Status201Created);

    private sealed class RateLimitedResult(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => 429;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return Error(429, "REQUEST_LIMIT_EXCEEDED", "Too many requests, slow down.").ExecuteAsync(httpContext);
        }
    }
}
