using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>
/// GET and PUT /api/v1/qualification/alert-preferences/me for the signed-in user, and …/{userId} for those who
/// manage the tenant's settings: how and about which verdicts a rep is alerted, and when not to be.
/// </summary>
internal static class AlertPreferenceEndpoints
{
    private const string Own = "/qualification/alert-preferences/me";

    public static void MapOwn(IEndpointRouteBuilder api)
    {
        api.MapGet(Own, GetOwn).WithSummary("Shows the signed-in user's alert preferences (defaults until they set some).");
        api.MapPut(Own, PutOwn).WithSummary("Sets the signed-in user's alert preferences: channels, verdicts, quiet hours, phone for SMS.");
    }

    public static void MapAnyUser(IEndpointRouteBuilder manage)
    {
        manage.MapGet("/qualification/alert-preferences/{userId:guid}", Get).WithSummary("Shows a user's alert preferences.");
        manage.MapPut("/qualification/alert-preferences/{userId:guid}", Put).WithSummary("Sets a user's alert preferences.");
    }

    private static async Task<Results<Ok<AlertPreferencesView>, ProblemHttpResult>> GetOwn(ClaimsPrincipal caller, [FromServices] PreferenceContext team, CancellationToken cancellationToken) =>
        SignedInUser(caller) is { } userId ? await Get(userId, team, cancellationToken) : NotAUser();

    private static async Task<Results<Ok<AlertPreferencesView>, ValidationProblem, ProblemHttpResult>> PutOwn(
        ClaimsPrincipal caller, AlertPreferencesView request, HttpRequest http, [FromServices] PreferenceContext team, CancellationToken cancellationToken) =>
        SignedInUser(caller) is { } userId ? await Put(userId, request, http, team, cancellationToken) : NotAUser();

    private static async Task<Results<Ok<AlertPreferencesView>, ProblemHttpResult>> Get(Guid userId, [FromServices] PreferenceContext team, CancellationToken cancellationToken)
    {
        if (await team.FindAsync(userId, cancellationToken) is null)
            return QualificationProblems.NotFound("User", userId);
        return TypedResults.Ok(AlertPreferencesView.Of(userId, await team.Preferences.GetAsync(userId, cancellationToken), await team.TimeZoneAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<AlertPreferencesView>, ValidationProblem, ProblemHttpResult>> Put(
        Guid userId, AlertPreferencesView request, HttpRequest http, [FromServices] PreferenceContext team, CancellationToken cancellationToken)
    {
        if (await team.FindAsync(userId, cancellationToken) is not { } user)
            return QualificationProblems.NotFound("User", userId);
        var (preferences, errors) = request.ToPreferences(user.PhoneNumber);
        if (preferences is null)
            return TypedResults.ValidationProblem(errors);

        await team.Preferences.SaveAsync(userId, preferences, team.Time.GetUtcNow(), cancellationToken);
        await team.Settings.RememberPublicBaseUrlAsync(PublicUrls.BaseOf(http), cancellationToken);
        return TypedResults.Ok(AlertPreferencesView.Of(userId, preferences, await team.TimeZoneAsync(cancellationToken)));
    }

    /// <summary>The caller's user id; API keys act for the tenant, not for a user, and have none.</summary>
    private static Guid? SignedInUser(ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static ProblemHttpResult NotAUser() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "No signed-in user",
        detail: "This caller is not a user (an API key acts for the tenant). Use /api/v1/qualification/alert-preferences/{userId} with the user's id.");
}
