using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Requests;
using Modular.Modules.Privacy.Requests.CarryingOut;
using Modular.Modules.Privacy.Requests.CreateRequest;
using Modular.Modules.Privacy.Requests.Exporting;
using Modular.Modules.Privacy.Requests.ExtendRequest;
using Modular.Modules.Privacy.Requests.GetRequest;
using Modular.Modules.Privacy.Requests.ListRequests;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Data;
using Modular.Modules.Privacy.Audit.ExportAudit;
using Modular.Modules.Privacy.Audit.ListAudit;
using Modular.Modules.Privacy.Audit.VerifyAudit;
using Modular.Sdk.Modules;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy;

/// <summary>
/// Entry of the Privacy module: the tenant's duties as a data controller towards the people it contacts. Data-subject
/// requests are recorded with their deadline and timeline; access, portability and erasure are carried out across
/// every module through the Privacy contracts. It also serves the audit trail the host keeps (who read, exported or
/// changed personal data): listed, verified, exported.
/// </summary>
/// <remarks>The route classes end in <c>Api</c>, as in the Webhooks module.</remarks>
public sealed class PrivacyModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterModuleDbContext<PrivacyDbContext>(PrivacyDbContext.ModuleId);
        builder.RegisterType<RequestTimeline>().InstancePerLifetimeScope();
        builder.RegisterType<SubjectErasure>().InstancePerLifetimeScope();
        builder.RegisterType<CarryOutRequestJob>().As<IJobHandler>().InstancePerLifetimeScope();
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        var manage = endpoints.MapGroup("/api/v1").WithTags("Privacy").RequireScopes(PrivacyScopes.Manage, PrivacyScopes.Manage);
        CreateRequestApi.Map(manage);
        ExtendRequestApi.Map(manage);
        ExportRequestApi.Map(manage);

        var read = endpoints.MapGroup("/api/v1").WithTags("Privacy").RequireScopes(PrivacyScopes.Read, PrivacyScopes.Read);
        ListRequestsApi.Map(read);
        GetRequestApi.Map(read);

        var audit = endpoints.MapGroup("/api/v1").WithTags("Privacy").RequireScopes(PrivacyScopes.Read, PrivacyScopes.Manage);
        VerifyAuditApi.Map(audit);
        ListAuditApi.Map(audit);
        ExportAuditApi.Map(audit);
    }

    /// <inheritdoc />
    public async Task InstallAsync(IModuleContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PrivacyDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
