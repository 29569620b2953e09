using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Users.AcceptInvitation;

/// <summary>POST /api/v1/invitations/accept: an invited user sets their password with the invitation token.</summary>
internal static class AcceptInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/invitations/accept", Handle).AllowAnonymous().WithSummary("Accepts an invitation by choosing a password.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(AcceptInvitationRequest request, UserManager<User> users)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.PasswordHash is not null)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid invitation", detail: "This invitation does not exist or was already accepted.");

        var result = await users.ResetPasswordAsync(user, request.Token, request.Password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid invitation", detail: "The invitation token is wrong or expired.")
                : IdentityProblems.From(result);
        }

        user.InvitedAt = null;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }
}

internal sealed record AcceptInvitationRequest(Guid UserId, string Token, string Password);
