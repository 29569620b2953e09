namespace Modular.Modules.Messaging.Tests.Infrastructure;

/// <summary>Tenants whose API key holds only some scopes, as a member's would.</summary>
internal static class ScopedTenants
{
    public static Task<TestTenant> NewTenantAsync(this SharedHost shared, params string[] scopes) =>
        TestTenant.CreateAsync(shared.Host, "Acme" + Guid.NewGuid().ToString("N")[..8], scopes);
}
