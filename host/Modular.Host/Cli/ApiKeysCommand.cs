using System.CommandLine;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Auth;

namespace Modular.Host.Cli;

/// <summary><c>apikeys create</c>: issues an API key for a tenant and prints the key alone on the last line.</summary>
internal static class ApiKeysCommand
{
    public static Command Create()
    {
        var tenant = new Option<Guid>("--tenant") { Description = "The tenant's id.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for.", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = $"A scope to grant (repeatable; default *): {string.Join(", ", ApiKeyScopes.Platform.Select(s => s.Name))}, or one a module declares (see `modules list`)." };

        var create = new Command("create", "Create an API key; the key is shown once.") { tenant, name, scopes };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((result, cancellationToken) => PlatformCommand.RunAsync(result.UnmatchedTokens, async (scope, ct) =>
        {
            var tenantId = result.GetValue(tenant);
            var granted = result.GetValue(scopes) ?? [];
            var catalog = scope.Resolve<ScopeCatalog>();
            if (granted.FirstOrDefault(s => !catalog.IsKnown(s)) is { } unknown)
            {
                Console.Error.WriteLine($"Unknown scope '{unknown}'. Known: {catalog.Describe()}.");
                return 2;
            }
            if (!await scope.Resolve<PlatformDbContext>().Tenants.AnyAsync(t => t.Id == tenantId, ct))
            {
                Console.Error.WriteLine($"No tenant has the id {tenantId}.");
                return 2;
            }

            var (_, secret) = await scope.Resolve<ApiKeyIssuer>().IssueAsync(tenantId, result.GetValue(name)!, granted, ct);
            Console.WriteLine(secret);
            return 0;
        }, cancellationToken));

        return new Command("apikeys", "Manage API keys.") { create };
    }
}
