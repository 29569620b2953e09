using Autofac;
using Microsoft.Extensions.Configuration;
using Modular.Modules.Leads.Imports.RunImport;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Imports;

/// <summary>The services CSV imports need in the module's scope.</summary>
internal static class ImportsRegistration
{
    public static void RegisterImports(this ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterInstance(ImportOptions.From(context.Configuration));
        builder.Register(c => new ImportFiles(c.Resolve<IConfiguration>())).SingleInstance();
        builder.RegisterType<ImportJobHandler>().As<IJobHandler>().InstancePerLifetimeScope();
    }
}
