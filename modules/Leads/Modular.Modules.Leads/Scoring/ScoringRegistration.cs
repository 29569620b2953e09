using Autofac;
using MediatR;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Scoring.Events;
using Modular.Modules.Leads.Scoring.Facts;
using Modular.Modules.Leads.Scoring.Model;
using Modular.Modules.Leads.Scoring.Policies;
using Modular.Modules.Leads.Scoring.Rescoring;
using Modular.Modules.Leads.Scoring.Scheduling;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring;

/// <summary>Scoring's services, the events that rescore a lead, and its background jobs.</summary>
internal static class ScoringRegistration
{
    public static void RegisterScoring(this ContainerBuilder builder)
    {
        builder.RegisterType<ScoringPolicies>().InstancePerLifetimeScope();
        builder.RegisterType<WinModels>().InstancePerLifetimeScope();
        builder.RegisterType<LeadFactsBuilder>().InstancePerLifetimeScope();
        builder.RegisterType<LeadRescorer>().InstancePerLifetimeScope();
        builder.RegisterType<ScoringJobs>().InstancePerLifetimeScope();

        builder.RegisterType<RescoreOnLeadReceived>().As<INotificationHandler<LeadReceived>>();
        builder.RegisterType<RescoreOnLeadUpdated>().As<INotificationHandler<LeadUpdated>>();
        builder.RegisterType<RescoreOnLeadsMerged>().As<INotificationHandler<LeadsMerged>>();
        builder.RegisterType<LearnFromOutcome>().As<INotificationHandler<LeadOutcomeRecorded>>();

        builder.RegisterType<RescoreLeadsJob>().As<IJobHandler>();
        builder.RegisterType<RetrainWinModelJob>().As<IJobHandler>();
        builder.RegisterType<NightlyScoringJob>().As<IJobHandler>();
    }
}
