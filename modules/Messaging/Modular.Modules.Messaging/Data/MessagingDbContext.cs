using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Data;

/// <summary>The Messaging module's tables: tenants' channel configurations, every message in and out, the suppression list.</summary>
internal sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, ModuleId, currentTenant)
{
    public new const string ModuleId = "messaging";

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MessagingDbContext).Assembly);
}
