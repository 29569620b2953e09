using Autofac;
using Autofac.Extensions.DependencyInjection;
using Modular.Host.Admin;
using Modular.Host.Runtime;

namespace Modular.Host.Cli;

/// <summary>The <c>serve</c> verb, and what runs when no verb is given: the web host with every module and plugin.</summary>
internal static class WebServer
{
    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container => container.RegisterMediator());

        builder.Services.AddProblemDetails();
        builder.Services.AddModuleRuntime(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.UseModuleRuntime();
        app.MapAdminApi();
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" })).ExcludeFromDescription();

        app.Run();
        return 0;
    }
}
