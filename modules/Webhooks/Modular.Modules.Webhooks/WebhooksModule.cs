using Autofac;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Webhooks.Catalogue.ListEventTypes;
using Modular.Modules.Webhooks.Contracts;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Delivering;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Endpoints.GetEndpoint;
using Modular.Modules.Webhooks.Endpoints.ListEndpoints;
using Modular.Modules.Webhooks.Endpoints.RegisterEndpoint;
using Modular.Modules.Webhooks.Endpoints.RemoveEndpoint;
using Modular.Modules.Webhooks.Endpoints.RotateSecret;
using Modular.Modules.Webhooks.Endpoints.SendTest;
using Modular.Modules.Webhooks.Endpoints.UpdateEndpoint;
using Modular.Modules.Webhooks.Log.ListAttempts;
using Modular.Modules.Webhooks.Messages.GetMessage;
using Modular.Modules.Webhooks.Messages.ReplayMessages;
using Modular.Modules.Webhooks.Messages.ResendMessage;
using Modular.Modules.Webhooks.Notifying;
using Modular.Modules.Webhooks.Publishing;
using Modular.Modules.Webhooks.Shared;
using Modular.Sdk.Data;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks;

/// <summary>
/// Entry of the Webhooks module: partner endpoints, and the tenant's events delivered to them per Standard Webhooks,
/// fed by the outbox, signed, retried for a day, logged, resent and replayed on demand.
/// </summary>
/// <remarks>The route classes end in <c>Api</c>: in this module an "endpoint" is a partner's URL.</remarks>
public sealed class WebhooksModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<WebhooksDbContext>(WebhooksDbContext.ModuleId);
        builder.RegisterInstance(DeliveryPolicy.From(context.Configuration));
        builder.RegisterType<WebhookHttp>().SingleInstance();
        builder.RegisterType<EndpointRateGate>().SingleInstance();
        builder.RegisterType<SigningSecrets>().InstancePerLifetimeScope();
        builder.RegisterType<MessageQueue>().InstancePerLifetimeScope();
        builder.RegisterType<DeliveryOutcomes>().InstancePerLifetimeScope();
        builder.RegisterType<DeliveryAttempt>().InstancePerLifetimeScope();
        builder.RegisterType<DeliveryWorker>().SingleInstance();
        builder.RegisterType<DeliveryDueJob>().As<IJobHandler>().InstancePerLifetimeScope();
        builder.RegisterType<RunDeliveriesOnQueued>().As<INotificationHandler<WebhookDeliveriesQueued>>();
        builder.RegisterType<PartnerEvents>().AsImplementedInterfaces();
        builder.RegisterType<TellOwnersOnEndpointDisabled>().As<INotificationHandler<WebhookEndpointDisabled>>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        var manage = endpoints.MapGroup("/api/v1").WithTags("Webhooks").RequireScopes(WebhookScopes.Manage, WebhookScopes.Manage);
        RegisterEndpointApi.Map(manage);
        ListEndpointsApi.Map(manage);
        GetEndpointApi.Map(manage);
        UpdateEndpointApi.Map(manage);
        RemoveEndpointApi.Map(manage);
        RotateSecretApi.Map(manage);
        SendTestApi.Map(manage);
        ResendMessageApi.Map(manage);
        ReplayMessagesApi.Map(manage);

        var log = endpoints.MapGroup("/api/v1").WithTags("Webhooks").RequireScopes(WebhookScopes.Read, WebhookScopes.Read);
        ListEventTypesApi.Map(log);
        ListAttemptsApi.Map(log);
        GetMessageApi.Map(log);

        // The same use cases for the operator, whose requests carry no tenant: the endpoints they register and see are
        // platform-wide (tenant Guid.Empty) and hear every tenant's events. The host guards /api/v1/admin with the operator key.
        var platform = endpoints.MapGroup("/api/v1/admin").WithTags("Webhooks (operator)");
        RegisterEndpointApi.Map(platform);
        ListEndpointsApi.Map(platform);
        GetEndpointApi.Map(platform);
        UpdateEndpointApi.Map(platform);
        RemoveEndpointApi.Map(platform);
        RotateSecretApi.Map(platform);
        SendTestApi.Map(platform);
        ResendMessageApi.Map(platform);
        ReplayMessagesApi.Map(platform);
        ListAttemptsApi.Map(platform);
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebhooksDbContext>().Database.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DeliveryWorker>().StopAsync(cancellationToken);
}
