using Autofac;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Messaging.Channels;
using Modular.Modules.Messaging.Channels.CreateChannel;
using Modular.Modules.Messaging.Channels.GetChannel;
using Modular.Modules.Messaging.Channels.ListChannels;
using Modular.Modules.Messaging.Channels.ListTypes;
using Modular.Modules.Messaging.Channels.TestChannel;
using Modular.Modules.Messaging.Channels.UpdateChannel;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Inbound;
using Modular.Modules.Messaging.Messages.ListLeadMessages;
using Modular.Modules.Messaging.Sandbox;
using Modular.Modules.Messaging.Sandbox.PlayReply;
using Modular.Modules.Messaging.Sending;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.SubjectRights;
using Modular.Modules.Messaging.Suppression;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Modules;

namespace Modular.Modules.Messaging;

/// <summary>
/// Entry of the Messaging module: tenants' channel configurations over any channel plugin (and a built-in sandbox),
/// sending with idempotency and the suppression list, inbound callbacks deduplicated and turned into events, opt-outs.
/// </summary>
public sealed class MessagingModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<MessagingDbContext>(MessagingDbContext.ModuleId);
        builder.RegisterType<SandboxChannel>().As<IMessageChannel>().SingleInstance();
        builder.RegisterType<ChannelCatalog>().InstancePerLifetimeScope();
        builder.RegisterInstance(BaseUrlPolicy.From(context.Configuration));
        builder.RegisterType<ChannelSecrets>().InstancePerLifetimeScope();
        builder.RegisterType<ChannelConnections>().InstancePerLifetimeScope();
        builder.RegisterType<ChannelEdits>().InstancePerLifetimeScope();
        builder.RegisterType<ChannelRouter>().InstancePerLifetimeScope();
        builder.RegisterType<FreeTextWindows>().InstancePerLifetimeScope();
        builder.RegisterType<SuppressionList>().InstancePerLifetimeScope();
        builder.RegisterType<OutboundSender>().InstancePerLifetimeScope();
        builder.RegisterType<InboundRecorder>().InstancePerLifetimeScope();
        builder.RegisterType<DeliveryRecorder>().InstancePerLifetimeScope();
        builder.RegisterType<SendMessageHandler>().As<IRequestHandler<SendMessage, SendMessageResult>>();
        builder.RegisterType<SuppressAddressHandler>().As<IRequestHandler<SuppressAddress, bool>>();
        builder.RegisterType<CollectMessagingData>().As<INotificationHandler<CollectSubjectData>>();
        builder.RegisterType<EraseMessagingData>().As<INotificationHandler<EraseSubjectData>>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        ChannelHookEndpoint.Map(endpoints);

        var channels = endpoints.MapGroup("/api/v1").WithTags("Channels").RequireScopes(MessagingScopes.ChannelsManage, MessagingScopes.ChannelsManage);
        ListChannelTypesEndpoint.Map(channels);
        CreateChannelEndpoint.Map(channels);
        ListChannelsEndpoint.Map(channels);
        GetChannelEndpoint.Map(channels);
        UpdateChannelEndpoint.Map(channels);
        TestChannelEndpoint.Map(channels);

        var messages = endpoints.MapGroup("/api/v1").WithTags("Messages").RequireScopes(MessagingScopes.MessagesRead, MessagingScopes.MessagesWrite);
        ListLeadMessagesEndpoint.Map(messages);
        PlayReplyEndpoint.Map(messages);
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessagingDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
