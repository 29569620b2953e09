using Autofac;
using MediatR;
using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts;

/// <summary>Registers rep assignment and alerts: one line in the module's entry.</summary>
internal static class AlertsRegistration
{
    /// <summary>The configuration key (under <c>Extensions:qualification</c>) for the server's public URL used in alert links.</summary>
    public const string PublicUrlSetting = "PublicUrl";

    public static void RegisterAlerts(this ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterInstance(new PublicUrls(context.Configuration[PublicUrlSetting]));
        builder.RegisterType<AlertPreferenceStore>().InstancePerLifetimeScope();
        builder.RegisterType<PreferenceContext>().InstancePerLifetimeScope();
        builder.RegisterType<AssignmentSettingsStore>().InstancePerLifetimeScope();
        builder.RegisterType<LeadAssigner>().InstancePerLifetimeScope();
        builder.RegisterType<AlertRecorder>().InstancePerLifetimeScope();
        builder.RegisterType<AlertSender>().InstancePerLifetimeScope();
        builder.RegisterType<AlertDispatcher>().InstancePerLifetimeScope();
        builder.RegisterType<DeferredAlertJob>().As<IJobHandler>().InstancePerLifetimeScope();
        builder.RegisterType<AlertOnVerdict>().As<INotificationHandler<LeadVerdictReached>>();
    }
}
