using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Modular.Modules.Privacy.Shared;

/// <summary>The problem details the Privacy API answers with, worded once.</summary>
internal static class PrivacyProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
