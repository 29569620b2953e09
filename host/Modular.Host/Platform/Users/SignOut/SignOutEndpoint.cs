using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Users.SignOut;

/// <summary>POST /api/v1/auth/signout: removes the session cookie.</summary>
internal static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/signout", Handle).AllowAnonymous().WithSummary("Signs the current user out.");

    private static async Task<NoContent> Handle(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
