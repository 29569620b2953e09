using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Data;

/// <summary>The Qualification module's tables. Each feature folder describes its own entities (an <c>IEntityTypeConfiguration</c>).</summary>
internal sealed class QualificationDbContext(DbContextOptions<QualificationDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, ModuleId, currentTenant)
{
    public new const string ModuleId = "qualification";

    protected override void BuildModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualificationDbContext).Assembly);
}
