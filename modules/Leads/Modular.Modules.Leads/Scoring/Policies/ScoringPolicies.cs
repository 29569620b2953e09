using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Policies;

/// <summary>The current tenant's scoring policy: the one it saved, or the starter policy.</summary>
internal sealed class ScoringPolicies(LeadsDbContext leads, ICurrentTenant tenant, TimeProvider time)
{
    public async Task<ScoringPolicy> CurrentAsync(CancellationToken cancellationToken)
    {
        var stored = await leads.Set<StoredScoringPolicy>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return stored is null
            ? StarterPolicy.Policy
            : JsonSerializer.Deserialize(stored.Policy, ScoringJsonContext.Default.ScoringPolicy)
              ?? throw new InvalidOperationException("The stored scoring policy is empty.");
    }

    /// <summary>Replaces the tenant's policy; the caller has checked it with <see cref="PolicyCheck"/>.</summary>
    public async Task SaveAsync(ScoringPolicy policy, string actor, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(policy, ScoringJsonContext.Default.ScoringPolicy);
        var stored = await leads.Set<StoredScoringPolicy>().SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
            leads.Add(stored = new StoredScoringPolicy { TenantId = tenant.RequiredTenantId, Policy = json, UpdatedBy = actor });
        stored.Policy = json;
        stored.UpdatedBy = actor;
        stored.UpdatedAt = time.GetUtcNow();
        await leads.SaveChangesAsync(cancellationToken);
    }
}
