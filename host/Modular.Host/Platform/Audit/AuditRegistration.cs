using Autofac;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>Wires the audit trail, offered to modules as <see cref="IAuditTrail"/>.</summary>
internal static class AuditRegistration
{
    public static void RegisterAuditTrail(this ContainerBuilder builder)
    {
        builder.RegisterType<AuditActor>().SingleInstance();
        builder.RegisterType<AuditAppender>().SingleInstance();
        // Per scope: it appends to the chain of the scope's tenant, which a tenant scope (BeginTenantScope) fixes.
        builder.RegisterType<PlatformAuditTrail>().As<IAuditTrail>().InstancePerLifetimeScope();
    }
}
