using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Users;

/// <summary>Turns Identity's refusals (password rules, taken email) into a 400 validation problem with field errors.</summary>
internal static class IdentityProblems
{
    public static ValidationProblem From(IdentityResult result)
    {
        var errors = result.Errors
            .GroupBy(error => error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray());
        return TypedResults.ValidationProblem(errors);
    }
}
