using Autofac;
using Modular.Sdk.Network;

namespace Modular.Host.Platform.Network;

/// <summary>Offers extensions the operator's <see cref="OutboundRules"/> for tenant-supplied URLs (<c>Modular:Network</c>).</summary>
internal static class NetworkRegistration
{
    public static void RegisterOutboundRules(this ContainerBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection("Modular:Network");
        builder.RegisterInstance(new OutboundRules(section.GetValue("AllowPrivateTargets", false), section.GetValue("AllowHttp", false)));
    }
}
