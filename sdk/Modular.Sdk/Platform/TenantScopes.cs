using Autofac;

namespace Modular.Sdk.Platform;

/// <summary>
/// Work that arrives without a signed-in caller (a public hook, an integration event, another module's request)
/// still belongs to one tenant. A child scope with that tenant fixed gives the DbContext's filters, the outbox and
/// the job scheduler the same tenant a client's own request would.
/// </summary>
public static class TenantScopes
{
    /// <summary>Begins a child of <paramref name="scope"/> in which <see cref="ICurrentTenant"/> is <paramref name="tenantId"/>; dispose it when the work is done.</summary>
    public static ILifetimeScope BeginTenantScope(this ILifetimeScope scope, Guid tenantId) =>
        scope.BeginLifetimeScope(builder => builder.RegisterInstance(new FixedTenant(tenantId)).As<ICurrentTenant>());

    private sealed record FixedTenant(Guid? TenantId) : ICurrentTenant;
}
