using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Privacy.Audit.ExportAudit;
using Modular.Modules.Privacy.Audit.ListAudit;
using Modular.Modules.Privacy.Audit.VerifyAudit;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Privacy;

/// <summary>
/// Entry of the Privacy module: Data-subject rights, retention, breach register and records of processing. Today it
/// serves the audit trail the host keeps (who read, exported or changed personal data): listed, verified, exported.
/// </summary>
/// <remarks>The route classes end in <c>Api</c>, as in the Webhooks module.</remarks>
public sealed class PrivacyModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints, IModuleContext context)
    {
        var audit = endpoints.MapGroup("/api/v1").WithTags("Privacy").RequireScopes(PrivacyScopes.Read, PrivacyScopes.Manage);
        VerifyAuditApi.Map(audit);
        ListAuditApi.Map(audit);
        ExportAuditApi.Map(audit);
    }
}
