using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Interpretation.Interpret;

/// <summary>
/// POST /api/v1/qualification/interpret: how a reply to a question would be understood, so a client can check its
/// questions and choices (and a plugin interpreter) before leads answer them. Nothing is stored.
/// </summary>
internal static class InterpretEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/qualification/interpret", Handle)
            .WithSummary("Interprets a reply to a yes_no, number, choice, date or text question, in French or English; nothing is stored.");

    private static async Task<Results<Ok<InterpretResponse>, ValidationProblem>> Handle(
        InterpretRequest? request, AnswerInterpreters interpreters, ITenantDirectory tenants, ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the locale, the question and the reply as JSON."] });
        if (request.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);

        var now = request.ParsedNow() ?? await TenantNowAsync(tenants, tenant.RequiredTenantId, time, cancellationToken);
        var question = request.ToSpec(now);
        var result = await interpreters.InterpretAsync(question, request.Reply!, request.Interpreter, cancellationToken);
        return TypedResults.Ok(InterpretResponse.From(question, result));
    }

    // "Demain" is the lead's tomorrow: without a given "now", today is the tenant's, in its time zone.
    private static async Task<DateTimeOffset> TenantNowAsync(ITenantDirectory tenants, Guid tenantId, TimeProvider time, CancellationToken cancellationToken)
    {
        var utc = time.GetUtcNow();
        var profile = await tenants.FindAsync(tenantId, cancellationToken);
        return profile is not null && TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(utc, zone) : utc;
    }
}
