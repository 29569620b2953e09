using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Modular.Host.Api.Proxies;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address. The addresses listed in
/// <c>Modular:TrustedProxies</c> are believed when they say, in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>,
/// who the caller was: per-address rate limits, consent proofs and intake URLs then name the real client. Nobody
/// else is believed, so a caller cannot choose the address it is recorded under.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Modular:TrustedProxies";

    public static void AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(Section).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only the operator's list counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/'))
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }

    /// <summary>First of all, so everything after it, the request log included, sees the caller's own address.</summary>
    public static void UseTrustedProxies(this WebApplication app) => app.UseForwardedHeaders();
}
