using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Imports;
using Modular.Modules.Leads.Imports.RunImport;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Leads;
using Modular.Modules.Leads.Sources;
using Modular.Sdk.Events;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Tests.Imports;

/// <summary>The import job against a real database, run as the job runner would run it again after a crash.</summary>
public sealed class ImportResumeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-leads-import-").FullName;
    private readonly Guid tenantId = Guid.NewGuid();
    private readonly Guid sourceId = Guid.NewGuid();
    private readonly Guid importId = Guid.NewGuid();

    [Fact]
    public async Task A_run_that_dies_mid_file_is_resumed_after_its_last_committed_batch_and_no_row_is_taken_twice()
    {
        await SeedAsync(GeneratedFile.Header + "\n" + string.Join('\n', Enumerable.Range(1, 300).Select(i => $"First{i},Last{i},person{i}@example.test,,Lyon,{i}")));

        // The process dies while the third batch of 50 is being stored: its rows roll back with their progress.
        await Should.ThrowAsync<IOException>(() => RunAsync(new DyingOutbox(afterEvents: 120)));
        var crashed = await ImportAsync();
        crashed.RowsDone.ShouldBe(100);
        crashed.Status.ShouldBe(ImportStatus.Running);
        (await CountLeadsAsync()).ShouldBe(100);

        await RunAsync(new DyingOutbox(afterEvents: int.MaxValue));
        var resumed = await ImportAsync();
        resumed.Status.ShouldBe(ImportStatus.Completed);
        (resumed.RowsTotal, resumed.RowsDone, resumed.Imported, resumed.Merged, resumed.Failed).ShouldBe((300, 300, 300, 0, 0));
        (await CountLeadsAsync()).ShouldBe(300);

        // A late duplicate of the job (one that outlived its lease) finds the import done and changes nothing.
        await RunAsync(new DyingOutbox(afterEvents: 0));
        (await CountLeadsAsync()).ShouldBe(300);
    }

    private async Task SeedAsync(string csv)
    {
        await using var leads = Context();
        await leads.Database.MigrateAsync();
        leads.Add(new LeadSource { Id = sourceId, TenantId = tenantId, Name = "Spreadsheet", Format = SourceFormat.Csv, Key = "k", ProtectedSecret = "s", CreatedAt = DateTimeOffset.UtcNow });
        var files = Files();
        var import = new LeadImport
        {
            Id = importId, TenantId = tenantId, SourceId = sourceId, Status = ImportStatus.Queued, StoredFile = ImportFiles.NameFor(tenantId, importId),
            Delimiter = ",", CreatedBy = "tests", CreatedAt = DateTimeOffset.UtcNow,
        };
        leads.Add(import);
        await leads.SaveChangesAsync();
        Directory.CreateDirectory(files.Folder);
        await File.WriteAllTextAsync(files.PathOf(import.StoredFile), csv);
    }

    /// <summary>A fresh unit of work each time, as the job runner gives each attempt.</summary>
    private async Task RunAsync(IOutbox outbox)
    {
        await using var leads = Context();
        var intake = new LeadIntake(leads, new FixedTenant(tenantId), new NoTenants(), outbox, TimeProvider.System);
        await new ImportJobHandler(leads, intake, Files(), new ImportOptions(BatchSize: 50, MaxFileBytes: 1 << 20), TimeProvider.System)
            .RunAsync($$"""{"importId":"{{importId}}"}""", CancellationToken.None);
    }

    private async Task<LeadImport> ImportAsync()
    {
        await using var leads = Context();
        return await leads.Set<LeadImport>().SingleAsync();
    }

    private async Task<int> CountLeadsAsync()
    {
        await using var leads = Context();
        return await leads.Set<Lead>().CountAsync();
    }

    private LeadsDbContext Context() =>
        new(ModuleContextOptions.Sqlite<LeadsDbContext>(Path.Combine(folder, "leads.db"), LeadsDbContext.ModuleId), new FixedTenant(tenantId));

    private ImportFiles Files() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Modular:DataDirectory"] = folder }).Build());

    private sealed record FixedTenant(Guid? TenantId) : ICurrentTenant;

    private sealed class NoTenants : ITenantDirectory
    {
        public Task<TenantProfile?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default) => Task.FromResult<TenantProfile?>(null);
    }

    /// <summary>Takes events until it has taken <c>afterEvents</c>, then fails as a dying process would, mid-batch.</summary>
    private sealed class DyingOutbox(int afterEvents) : IOutbox
    {
        private int taken;

        public void Add(IntegrationEvent integrationEvent)
        {
            if (++taken > afterEvents)
                throw new IOException("The process died.");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
