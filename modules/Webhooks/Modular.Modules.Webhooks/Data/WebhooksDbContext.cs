using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Data;

/// <summary>The Webhooks module's tables: partner endpoints, the messages sent to them, each delivery and each attempt.</summary>
internal sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, ModuleId, currentTenant)
{
    public new const string ModuleId = "webhooks";

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksDbContext).Assembly);
}
