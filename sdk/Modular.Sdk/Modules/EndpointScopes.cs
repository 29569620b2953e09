using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Modular.Sdk.Modules;

/// <summary>
/// Guards a group of endpoints by what they do: reading (GET, HEAD) needs one scope, anything else another. Set once
/// on the group, so a use case added later cannot forget it. Declare the scopes in the manifest (module.json / plugin.json).
/// </summary>
public static class EndpointScopes
{
    /// <summary>Requires <paramref name="read"/> for GET and HEAD endpoints of the group and <paramref name="write"/> for the others.</summary>
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
