using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Data;

/// <summary>The Leads module's tables. Each feature folder describes its own entities (an <c>IEntityTypeConfiguration</c>) and adds its own migration.</summary>
internal sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, ModuleId, currentTenant)
{
    public new const string ModuleId = "leads";

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LeadsDbContext).Assembly);
}
