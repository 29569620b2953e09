using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Autofac;
using FluentValidation;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.ApiKeys.CreateApiKey;
using Modular.Host.Platform.ApiKeys.GetApiKey;
using Modular.Host.Platform.ApiKeys.ListApiKeys;
using Modular.Host.Platform.ApiKeys.RevokeApiKey;
using Modular.Host.Platform.Audit;
using Modular.Host.Platform.Auth;
using Modular.Host.Platform.Tenants;
using Modular.Host.Platform.Tenants.GetTenant;
using Modular.Host.Platform.Secrets;
using Modular.Host.Platform.Users;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform;

/// <summary>Wires the platform services (tenants, API keys, authentication) and maps the client API they serve.</summary>
internal static class PlatformRegistration
{
    public static void AddPlatform(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSecrets();
        services.AddModularAuthentication();
        services.AddUsers();
        services.AddAuthorization();
        services.AddSingleton<ScopeCatalog>();
        services.AddSingleton<IAuthorizationPolicyProvider, ScopePolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        // A field the API does not know is a client's mistake worth a 400, not something to drop silently.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Enums travel as their names ("Member"), which clients can read and which survive reordering.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
    }

    public static void RegisterPlatform(this ContainerBuilder builder)
    {
        builder.RegisterType<HttpCurrentTenant>().As<ICurrentTenant>().SingleInstance();
        builder.RegisterType<TenantRegistration>().InstancePerLifetimeScope();
        builder.RegisterType<TenantDirectory>().As<ITenantDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<TenantProfileCache>().SingleInstance();
        builder.RegisterType<TenantUsers>().As<ITenantUsers>().InstancePerLifetimeScope();
        builder.RegisterType<ApiKeyIssuer>().InstancePerLifetimeScope();
        builder.RegisterType<CreateApiKeyValidator>().As<IValidator<CreateApiKeyRequest>>().InstancePerLifetimeScope();
        builder.RegisterUsers();
        builder.RegisterSecrets();
        builder.RegisterAuditTrail();
    }

    public static void MapPlatformApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Platform");
        GetTenantEndpoint.Map(api);
        CreateApiKeyEndpoint.Map(api);
        ListApiKeysEndpoint.Map(api);
        GetApiKeyEndpoint.Map(api);
        RevokeApiKeyEndpoint.Map(api);
        api.MapUsersApi();
    }
}
