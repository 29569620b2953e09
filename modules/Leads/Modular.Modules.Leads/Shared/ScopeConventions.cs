using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Modular.Modules.Leads.Shared;

/// <summary>
/// The scopes of a group of endpoints by what they do: reading (GET, HEAD) needs one scope, anything else another.
/// Set once on the group, so a new use case cannot forget it. The scopes are declared in module.json.
/// </summary>
internal static class ScopeConventions
{
    public const string LeadsRead = "leads:read";
    public const string LeadsWrite = "leads:write";
    public const string SourcesManage = "sources:manage";

    public static RouteGroupBuilder RequireScopes(this RouteGroupBuilder group, string read, string write)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var reads = methods.Count > 0 && methods.All(m => m is "GET" or "HEAD");
            endpoint.Metadata.Add(new AuthorizeAttribute(reads ? read : write));
        });
        return group;
    }
}
