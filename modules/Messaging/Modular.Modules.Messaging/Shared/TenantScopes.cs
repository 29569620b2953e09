using Autofac;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Shared;

/// <summary>
/// Hooks and other modules' requests come without a signed-in caller: the tenant comes from the channel configuration
/// the URL names, or from the request. A child scope with that tenant fixed gives the DbContext's filters and the
/// outbox the same tenant a client's own request would.
/// </summary>
internal static class TenantScopes
{
    public static ILifetimeScope BeginTenantScope(this ILifetimeScope scope, Guid tenantId) =>
        scope.BeginLifetimeScope(builder => builder.RegisterInstance(new FixedTenant(tenantId)).As<ICurrentTenant>());

    private sealed record FixedTenant(Guid? TenantId) : ICurrentTenant;
}
