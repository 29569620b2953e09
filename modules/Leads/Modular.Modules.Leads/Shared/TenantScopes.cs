using Autofac;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Shared;

/// <summary>
/// Public hooks have no signed-in caller: the tenant comes from the source their URL names. A child scope with that
/// tenant fixed gives the DbContext's filters, the outbox and the job scheduler the same tenant a client's own request would.
/// </summary>
internal static class TenantScopes
{
    public static ILifetimeScope BeginTenantScope(this ILifetimeScope scope, Guid tenantId) =>
        scope.BeginLifetimeScope(builder => builder.RegisterInstance(new FixedTenant(tenantId)).As<ICurrentTenant>());

    private sealed record FixedTenant(Guid? TenantId) : ICurrentTenant;
}
