using Autofac;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Shared;

/// <summary>
/// Events, jobs and requests from other modules arrive without a signed-in caller: a child scope with the event's
/// tenant fixed gives the DbContext's filters, the outbox and the job scheduler the tenant a client's own request would.
/// </summary>
internal static class TenantScopes
{
    public static ILifetimeScope BeginTenantScope(this ILifetimeScope scope, Guid tenantId) =>
        scope.BeginLifetimeScope(builder => builder.RegisterInstance(new FixedTenant(tenantId)).As<ICurrentTenant>());

    private sealed record FixedTenant(Guid? TenantId) : ICurrentTenant;
}
