using Autofac;
using Autofac.Extensions.DependencyInjection;
using Modular.Host.Admin;
using Modular.Host.Runtime;

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

/// <summary>The host's entry point, public so integration tests can start it in process.</summary>
public partial class Program;
