using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace Modular.Modules.Leads.Tests.FormHook;

/// <summary>A visitor's browser as the host sees it: a public address, and redirects left for the test to look at.</summary>
internal static class Visitors
{
    public static readonly IPAddress Address = IPAddress.Parse("203.0.113.7");

    public static HttpClient Browser(ModularHost host) =>
        new(host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = Address)) { BaseAddress = host.Server.BaseAddress };

    public static HttpRequestMessage Post(string key, IEnumerable<KeyValuePair<string, string>> fields, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{key}") { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        return request;
    }

    public static HttpRequestMessage Preflight(string key, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, $"/hooks/leads/{key}");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
