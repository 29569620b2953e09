using Autofac;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Intake.Hooks;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Leads.LeadContacts;
using Modular.Modules.Leads.Leads.RecordOutcome;
using Modular.Modules.Leads.Leads.Tags;
using Modular.Modules.Leads.Scoring;
using Modular.Modules.Leads.Scoring.GetScore;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;
using Modular.Modules.Leads.Sources.CreateSource;
using Modular.Modules.Leads.Sources.GetSource;
using Modular.Modules.Leads.Sources.ListSources;
using Modular.Modules.Leads.Sources.RotateSecret;
using Modular.Modules.Leads.SubjectRights;
using Modular.Modules.Leads.Timeline.RecordActivity;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Data;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads;

/// <summary>Entry of the Leads module: lead intake from every source, normalisation, deduplication and merge, scoring.</summary>
public sealed class LeadsModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<LeadsDbContext>(LeadsDbContext.ModuleId);
        builder.RegisterType<SourceSecrets>().InstancePerLifetimeScope();
        builder.RegisterType<LeadIntake>().InstancePerLifetimeScope();
        builder.RegisterType<SourceDirectory>().SingleInstance();
        builder.RegisterType<IntakeGroups>().SingleInstance();
        builder.RegisterType<HookIntake>().SingleInstance();
        builder.RegisterType<TagEdits>().InstancePerLifetimeScope();
        builder.RegisterType<LeadActivityRecorder>().As<INotificationHandler<LeadActivity>>();
        builder.RegisterType<GetLeadContactHandler>().As<IRequestHandler<GetLeadContact, LeadContact?>>();
        builder.RegisterType<ReceiveLeadHandler>().As<IRequestHandler<ReceiveLead, ReceivedLead>>();
        builder.RegisterType<RecordLeadOutcomeHandler>().As<IRequestHandler<RecordLeadOutcome, bool>>();
        builder.RegisterType<GetLeadScoreHandler>().As<IRequestHandler<GetLeadScore, LeadScoreSummary?>>();
        builder.RegisterType<FindSubjectLeadsHandler>().As<IRequestHandler<FindSubjectLeads, SubjectLeads>>();
        builder.RegisterType<CollectLeadData>().As<INotificationHandler<CollectSubjectData>>();
        builder.RegisterType<EraseLeadData>().As<INotificationHandler<EraseSubjectData>>();
        builder.RegisterScoring();
        builder.RegisterImports(context);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        LeadHookEndpoint.Map(endpoints);

        var sources = endpoints.MapGroup("/api/v1").WithTags("Lead sources").RequireScopes(ScopeConventions.LeadsRead, ScopeConventions.SourcesManage);
        CreateSourceEndpoint.Map(sources);
        ListSourcesEndpoint.Map(sources);
        GetSourceEndpoint.Map(sources);
        RotateSecretEndpoint.Map(sources);

        var leads = endpoints.MapGroup("/api/v1").WithTags("Leads").RequireScopes(ScopeConventions.LeadsRead, ScopeConventions.LeadsWrite);
        LeadEndpoints.Map(leads);
        ScoringEndpoints.Map(endpoints.MapGroup("/api/v1").WithTags("Scoring").RequireScopes(ScopeConventions.LeadsRead, ScopeConventions.SourcesManage));
        ImportEndpoints.Map(endpoints.MapGroup("/api/v1").WithTags("Lead imports").RequireScopes(ScopeConventions.LeadsRead, ScopeConventions.LeadsWrite), ImportOptions.From(context.Configuration));
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LeadsDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
