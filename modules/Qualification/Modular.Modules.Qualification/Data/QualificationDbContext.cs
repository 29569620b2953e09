using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Conversations;
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

    /// <summary>
    /// Moves each changed conversation to its next revision, the concurrency token its update is checked against:
    /// of two replies handled at once, the second to save fails and its event is delivered again, to a conversation
    /// that has moved on, instead of both moving it from the same question.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var changed in ChangeTracker.Entries<Conversation>().Where(e => e.State == EntityState.Modified))
            changed.Entity.Revision++;
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
