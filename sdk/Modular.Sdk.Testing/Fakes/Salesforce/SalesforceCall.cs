using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>One authenticated call as a resource of the fake sees it.</summary>
/// <param name="Context">The HTTP exchange.</param>
/// <param name="ApiVersion">The version in the path, for example <c>v61.0</c>.</param>
/// <param name="Body">The request's JSON body, an empty object when it has none.</param>
internal sealed record SalesforceCall(HttpContext Context, string ApiVersion, JsonElement Body)
{
    public const string DuplicateRuleHeader = "Sforce-Duplicate-Rule-Header";

    /// <summary>The <c>{id}</c> of the route.</summary>
    public string RecordId => (string)Context.Request.RouteValues["id"]!;

    /// <summary>
    /// Whether the <c>Sforce-Duplicate-Rule-Header</c> (<c>allowSave=true; runAsCurrentUser=false</c>, fields separated
    /// by semicolons) lets a duplicate rule's alert be bypassed; absent, it does not, as every field defaults to false.
    /// </summary>
    public bool AllowsDuplicates =>
        Context.Request.Headers[DuplicateRuleHeader].ToString().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(setting => setting.Split('=', 2, StringSplitOptions.TrimEntries))
            .Any(pair => pair.Length == 2 && pair[0].Equals("allowSave", StringComparison.OrdinalIgnoreCase) && pair[1].Equals("true", StringComparison.OrdinalIgnoreCase));
}
