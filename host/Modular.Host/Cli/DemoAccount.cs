using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Data;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Tenants;
using Modular.Host.Platform.Users;

namespace Modular.Host.Cli;

/// <summary>
/// <c>--demo</c>: a tenant to try Modular with at once. Created on first use; each run issues a fresh API key,
/// since the previous one cannot be shown again.
/// </summary>
internal static class DemoAccount
{
    public const string Email = "demo@modular.test";
    public const string Password = "Demo!pass2026";

    public static async Task<string> EnsureAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<PlatformMigrator>().MigrateAsync(cancellationToken);
        await using var scope = services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();

        var owner = await scope.Resolve<UsersDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == Email.ToUpperInvariant(), cancellationToken);
        var tenantId = owner?.TenantId;
        if (tenantId is null)
        {
            var (tenant, _, result) = await scope.Resolve<UserAccounts>().SignUpAsync(
                new NewTenant("Demo", "Demo", "Owner", Email, FieldOfActivity: "Demonstration"), Password, cancellationToken);
            tenantId = tenant?.Id ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var (_, key) = await scope.Resolve<ApiKeyIssuer>().IssueAsync(tenantId.Value, $"demo {DateTime.UtcNow:yyyy-MM-dd HH:mm}", [ApiKeyScopes.All], cancellationToken);
        return $"""
            Demo tenant {tenantId}
              sign in:  {Email} / {Password}
              API key:  {key}
            """;
    }
}
