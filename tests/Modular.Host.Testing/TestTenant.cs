using System.Net.Http.Headers;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Tenants;

namespace Modular.Host.Testing;

/// <summary>A tenant created through the platform's own use cases, with an API key, for tests that act as a client.</summary>
public sealed record TestTenant(Guid Id, string ApiKey)
{
    public static async Task<TestTenant> CreateAsync(ModularHost host, string company, params string[] scopes)
    {
        await using var scope = host.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        var tenant = await scope.Resolve<TenantRegistration>().CreateAsync(new NewTenant(company, "Ada", "Lovelace", $"owner@{company.ToLowerInvariant()}.test"), CancellationToken.None);
        var (_, key) = await scope.Resolve<ApiKeyIssuer>().IssueAsync(tenant.Id, "tests", scopes, CancellationToken.None);
        return new TestTenant(tenant.Id, key);
    }

    public HttpClient Client(ModularHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }
}
