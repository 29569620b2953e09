using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Data;

/// <summary>The Privacy module's tables: data-subject requests and the steps of each.</summary>
internal sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, ModuleId, currentTenant)
{
    public new const string ModuleId = "privacy";

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrivacyDbContext).Assembly);
}
