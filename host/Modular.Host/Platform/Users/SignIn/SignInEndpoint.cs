using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Users.SignIn;

/// <summary>POST /api/v1/auth/signin: checks the password and sets the session cookie; repeated failures lock the account.</summary>
internal static class SignInEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/signin", Handle).AllowAnonymous().WithSummary("Signs a user in with email and password (sets a cookie).");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(SignInRequest request, SignInManager<User> signIn)
    {
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: request.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.NoContent();

        // The same answer for an unknown email and a wrong password, so sign-in cannot be used to find accounts.
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut ? "Account locked" : "Sign-in failed",
            detail: result.IsLockedOut ? "Too many failed attempts; try again later." : "Wrong email or password.");
    }
}

internal sealed record SignInRequest(string Email, string Password, bool RememberMe = false);
