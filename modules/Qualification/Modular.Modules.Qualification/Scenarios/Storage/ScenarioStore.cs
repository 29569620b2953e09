using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Scenarios.Storage;

/// <summary>
/// A tenant's scenarios. A tenant that has none gets the default scenario the first time one is needed, so a new
/// tenant's first lead is qualified without any setup.
/// </summary>
internal sealed class ScenarioStore(QualificationDbContext db, ICurrentTenant tenant, TimeProvider time)
{
    public async Task<Scenario> DefaultAsync(CancellationToken cancellationToken)
    {
        await EnsureAnyAsync(cancellationToken);
        return await db.Set<Scenario>().OrderByDescending(s => s.IsDefault).ThenBy(s => s.CreatedAt).FirstAsync(cancellationToken);
    }

    public async Task EnsureAnyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Scenario>().AnyAsync(cancellationToken))
            return;
        try
        {
            await AddAsync(DefaultScenario.Name, DefaultScenario.Definition, isDefault: true, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it at the same moment (the name is unique per tenant): use theirs.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<Scenario> AddAsync(string name, ScenarioDefinition definition, bool isDefault, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Scenarios belong to a tenant.");
        if (isDefault)
            await ClearDefaultAsync(cancellationToken);
        var json = ScenarioJson.Write(definition);
        var scenario = new Scenario { Id = Guid.CreateVersion7(), TenantId = tenantId, Name = name, IsDefault = isDefault, Version = 1, Definition = json, CreatedAt = now, UpdatedAt = now };
        db.Add(scenario);
        db.Add(new ScenarioVersion { ScenarioId = scenario.Id, Version = 1, TenantId = tenantId, Name = name, Definition = json, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return scenario;
    }

    /// <summary>Stores <paramref name="definition"/> as the scenario's next version; conversations already running keep theirs.</summary>
    public async Task ReviseAsync(Scenario scenario, string name, ScenarioDefinition definition, bool isDefault, CancellationToken cancellationToken)
    {
        if (isDefault && !scenario.IsDefault)
            await ClearDefaultAsync(cancellationToken);
        var json = ScenarioJson.Write(definition);
        scenario.Name = name;
        scenario.IsDefault = isDefault || scenario.IsDefault;
        scenario.Version++;
        scenario.Definition = json;
        scenario.UpdatedAt = time.GetUtcNow();
        db.Add(new ScenarioVersion { ScenarioId = scenario.Id, Version = scenario.Version, TenantId = scenario.TenantId, Name = name, Definition = json, CreatedAt = scenario.UpdatedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<ScenarioVersion?> VersionAsync(Guid scenarioId, int version, CancellationToken cancellationToken) =>
        db.Set<ScenarioVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.ScenarioId == scenarioId && v.Version == version, cancellationToken);

    private async Task ClearDefaultAsync(CancellationToken cancellationToken)
    {
        foreach (var current in await db.Set<Scenario>().Where(s => s.IsDefault).ToListAsync(cancellationToken))
            current.IsDefault = false;
    }
}
