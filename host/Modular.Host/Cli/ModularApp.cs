using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Modular.Host.Admin;
using Modular.Host.Api;
using Modular.Host.Api.Proxies;
using Modular.Host.Data;
using Modular.Host.Platform;
using Modular.Host.Platform.Jobs;
using Modular.Host.Platform.Network;
using Modular.Host.Runtime;

namespace Modular.Host.Cli;

/// <summary>Composes the web host: platform services, database, module runtime, and the host's own endpoints.</summary>
internal static class ModularApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterDatabase(builder.Configuration);
            container.RegisterPlatform();
            container.RegisterOutboundRules(builder.Configuration);
            container.RegisterMediator();
            container.RegisterJobsAndOutbox();
        });

        // The first hosted service: hosted services start in order, and Data Protection's key ring, the job runner
        // and the modules all need the host's tables.
        builder.Services.AddHostedService<PlatformMigrationService>();
        builder.Services.AddProblemDetails();
        builder.AddApiConventions();
        builder.AddTrustedProxies();
        builder.Services.AddPlatform();
        builder.Services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database", tags: ["ready"]);
        builder.Services.AddModuleRuntime(builder.Configuration);

        var app = builder.Build();
        app.UseTrustedProxies();
        app.UseRequestLogging();
        // A malformed, oversized or wrongly typed request is the client's error (400, 413, 415), never a 500,
        // whether the framework reports it by status code (production) or by throwing (development).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseApiConventions();
        app.UseMiddleware<OperatorKeyGate>();
        app.UseAuthorization();

        app.UseModuleRuntime();
        app.MapAdminApi();
        app.MapPlatformApi();
        // Liveness checks nothing but that the process answers: a plain minimal API (also the bench's baseline for module overhead).
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" })).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapApiConventions();
        return app;
    }
}

/// <summary>Brings the platform's tables up to date before anything else starts.</summary>
internal sealed class PlatformMigrationService(PlatformMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
