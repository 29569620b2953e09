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

    /// <summary>The scenario the source's leads get: the one it was given, else the tenant's default.</summary>
    public async Task<Scenario> ForSourceAsync(Guid? sourceId, CancellationToken cancellationToken)
    {
        var mapped = sourceId is null ? null : await db.Set<ScenarioSource>()
            .Where(s => s.SourceId == sourceId)
            .Join(db.Set<Scenario>(), s => s.ScenarioId, scenario => scenario.Id, (_, scenario) => scenario)
            .FirstOrDefaultAsync(cancellationToken);
        return mapped ?? await DefaultAsync(cancellationToken);
    }

    /// <summary>The sources each scenario is given to, by scenario id.</summary>
    public async Task<ILookup<Guid, Guid>> SourcesAsync(CancellationToken cancellationToken) =>
        (await db.Set<ScenarioSource>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.ScenarioId, s => s.SourceId);

    /// <summary>Gives exactly <paramref name="sourceIds"/> to the scenario, taking them from any other; the caller saves.</summary>
    public async Task GiveSourcesAsync(Guid scenarioId, IReadOnlyCollection<Guid> sourceIds, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Scenarios belong to a tenant.");
        var current = await db.Set<ScenarioSource>().Where(s => s.ScenarioId == scenarioId || sourceIds.Contains(s.SourceId)).ToListAsync(cancellationToken);
        db.RemoveRange(current.Where(s => s.ScenarioId == scenarioId && !sourceIds.Contains(s.SourceId)));
        foreach (var sourceId in sourceIds.Distinct())
        {
            if (current.FirstOrDefault(s => s.SourceId == sourceId) is { } taken)
                taken.ScenarioId = scenarioId;
            else
                db.Add(new ScenarioSource { TenantId = tenantId, SourceId = sourceId, ScenarioId = scenarioId });
        }
    }

    public async Task EnsureAnyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Scenario>().AnyAsync(cancellationToken))
            return;
        try
        {
            await AddAsync(DefaultScenario.Name, DefaultScenario.Definition, isDefault: true, sources: null, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it at the same moment (the name is unique per tenant): use theirs.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<Scenario> AddAsync(string name, ScenarioDefinition definition, bool isDefault, IReadOnlyCollection<Guid>? sources, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Scenarios belong to a tenant.");
        if (isDefault)
            await ClearDefaultAsync(cancellationToken);
        var json = ScenarioJson.Write(definition);
        var scenario = new Scenario { Id = Guid.CreateVersion7(), TenantId = tenantId, Name = name, IsDefault = isDefault, Version = 1, Definition = json, CreatedAt = now, UpdatedAt = now };
        db.Add(scenario);
        db.Add(new ScenarioVersion { ScenarioId = scenario.Id, Version = 1, TenantId = tenantId, Name = name, Definition = json, CreatedAt = now });
        if (sources is not null)
            await GiveSourcesAsync(scenario.Id, sources, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return scenario;
    }

    /// <summary>Stores <paramref name="definition"/> as the scenario's next version; conversations already running keep theirs.</summary>
    public async Task ReviseAsync(Scenario scenario, string name, ScenarioDefinition definition, bool isDefault, IReadOnlyCollection<Guid>? sources, CancellationToken cancellationToken)
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
        if (sources is not null)
            await GiveSourcesAsync(scenario.Id, sources, cancellationToken);
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
