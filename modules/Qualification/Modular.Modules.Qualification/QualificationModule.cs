using Autofac;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Qualification.Alerts;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Conversations.Engine;
using Modular.Modules.Qualification.Conversations.Events;
using Modular.Modules.Qualification.Conversations.GetConversation;
using Modular.Modules.Qualification.Conversations.StartStop;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Interpretation;
using Modular.Modules.Qualification.Interpretation.Interpret;
using Modular.Modules.Qualification.Reports;
using Modular.Modules.Qualification.Reports.GetReport;
using Modular.Modules.Qualification.Scenarios.Api;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Modules.Qualification.Shared;
using Modular.Modules.Qualification.ContactWindows;
using Modular.Modules.Qualification.SubjectRights;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification;

/// <summary>Entry of the Qualification module: scenarios, the conversation engine, answer interpretation and verdicts.</summary>
public sealed class QualificationModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<QualificationDbContext>(QualificationDbContext.ModuleId);
        builder.RegisterType<ScenarioStore>().InstancePerLifetimeScope();
        builder.RegisterType<WindowStore>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationContext>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationMessenger>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationConclusion>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationSteps>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationStarter>().InstancePerLifetimeScope();
        builder.RegisterType<ReplyProcessor>().InstancePerLifetimeScope();
        builder.RegisterInterpretation(context.Configuration);
        builder.RegisterType<ReportBuilder>().InstancePerLifetimeScope();
        builder.RegisterType<ConversationDueJob>().As<IJobHandler>().InstancePerLifetimeScope();
        builder.RegisterType<StartOnLeadReceived>().As<INotificationHandler<LeadReceived>>();
        builder.RegisterType<AnswerOnMessageReceived>().As<INotificationHandler<MessageReceived>>();
        builder.RegisterType<UnreachableOnDeliveryFailure>().As<INotificationHandler<MessageStatusChanged>>();
        builder.RegisterType<GetQualificationReportHandler>().As<IRequestHandler<GetQualificationReport, QualificationReport?>>();
        builder.RegisterAlerts(context);
        builder.RegisterType<CollectQualificationData>().As<INotificationHandler<CollectSubjectData>>();
        builder.RegisterType<EraseQualificationData>().As<INotificationHandler<EraseSubjectData>>();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Qualification").RequireScopes(ScopeNames.Read, ScopeNames.Write);
        GetConversationEndpoint.Map(api);
        GetReportEndpoint.Map(api);
        StartStopEndpoints.Map(api);
        // Interpreting changes nothing: a read scope suffices although it is a POST.
        InterpretEndpoint.Map(endpoints.MapGroup("/api/v1").WithTags("Qualification").RequireAuthorization(ScopeNames.Read));

        var settings = endpoints.MapGroup("/api/v1").WithTags("Scenarios").RequireScopes(ScopeNames.Read, ScopeNames.ScenariosManage);
        ScenarioEndpoints.Map(settings);
        WindowEndpoints.Map(settings);
        AlertsEndpoints.Map(endpoints);
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QualificationDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
