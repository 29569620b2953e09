using Autofac;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Connectors.CreateConnector;
using Modular.Modules.Crm.Connectors.DeleteConnector;
using Modular.Modules.Crm.Connectors.GetConnector;
using Modular.Modules.Crm.Connectors.ListConnectors;
using Modular.Modules.Crm.Connectors.TestConnector;
using Modular.Modules.Crm.Connectors.UpdateConnector;
using Modular.Modules.Crm.Contracts;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Reading;
using Modular.Modules.Crm.Shared;
using Modular.Modules.Crm.SubjectRights;
using Modular.Modules.Crm.Syncs;
using Modular.Modules.Crm.Syncs.ListSyncs;
using Modular.Modules.Crm.Syncs.RetrySync;
using Modular.Modules.Crm.Syncs.SyncLead;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm;

/// <summary>
/// Entry of the Crm module: tenants' connector configurations over any CRM connector plugin, and pushes of qualified
/// leads with their reports, queued through the outbox, retried, parked when retrying cannot help.
/// </summary>
public sealed class CrmModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<CrmDbContext>(CrmDbContext.ModuleId);
        builder.RegisterInstance(SyncPolicy.From(context.Configuration));
        builder.RegisterType<ConnectorCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<ConnectorSecrets>().InstancePerLifetimeScope();
        builder.RegisterType<SyncQueue>().InstancePerLifetimeScope();
        builder.RegisterType<SyncRetries>().InstancePerLifetimeScope();
        builder.RegisterType<SyncAttempt>().InstancePerLifetimeScope();
        builder.RegisterType<SyncDueJob>().As<IJobHandler>().InstancePerLifetimeScope();
        builder.RegisterType<ReadSchedule>().InstancePerLifetimeScope();
        builder.RegisterType<LeadFeedReader>().InstancePerLifetimeScope();
        builder.RegisterType<OutcomeFeedReader>().InstancePerLifetimeScope();
        builder.RegisterType<ReadJob>().As<IJobHandler>().InstancePerLifetimeScope();
        builder.RegisterType<RunSyncOnQueued>().As<INotificationHandler<CrmSyncQueued>>();
        builder.RegisterType<SyncOnVerdict>().As<INotificationHandler<LeadVerdictReached>>();
        builder.RegisterType<CollectCrmData>().As<INotificationHandler<CollectSubjectData>>();
        builder.RegisterType<EraseCrmData>().As<INotificationHandler<EraseSubjectData>>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        var connectors = endpoints.MapGroup("/api/v1").WithTags("CRM connectors").RequireScopes(CrmScopes.Manage, CrmScopes.Manage);
        ListConnectorsEndpoint.Map(connectors);
        CreateConnectorEndpoint.Map(connectors);
        GetConnectorEndpoint.Map(connectors);
        DeleteConnectorEndpoint.Map(connectors);
        TestConnectorEndpoint.Map(connectors);
        UpdateConnectorEndpoint.Map(connectors);

        var syncs = endpoints.MapGroup("/api/v1").WithTags("CRM pushes").RequireScopes(CrmScopes.Read, CrmScopes.Write);
        SyncLeadEndpoint.Map(syncs);
        ListSyncsEndpoint.Map(syncs);
        RetrySyncEndpoint.Map(syncs);
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
