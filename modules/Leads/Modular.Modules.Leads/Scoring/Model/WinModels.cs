using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Scoring.Engine;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Model;

/// <summary>The current tenant's trained win model.</summary>
internal sealed class WinModels(LeadsDbContext leads, ICurrentTenant tenant)
{
    /// <returns>Null until the tenant's history holds a won and a lost lead: then no probability is shown at all.</returns>
    public async Task<WinModel?> CurrentAsync(CancellationToken cancellationToken)
    {
        var stored = await leads.Set<StoredWinModel>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize(stored.Model, WinModelJsonContext.Default.WinModel);
    }

    /// <summary>Stores <paramref name="model"/> in place of the last one; null removes it, as a history that no longer separates won from lost predicts nothing.</summary>
    public async Task ReplaceAsync(WinModel? model, CancellationToken cancellationToken)
    {
        var stored = await leads.Set<StoredWinModel>().SingleOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            if (stored is not null)
                leads.Remove(stored);
        }
        else
        {
            if (stored is null)
                leads.Add(stored = new StoredWinModel { TenantId = tenant.RequiredTenantId, Model = "" });
            stored.Model = JsonSerializer.Serialize(model, WinModelJsonContext.Default.WinModel);
            stored.TrainedAt = model.TrainedAt;
            stored.WonExamples = model.WonExamples;
            stored.LostExamples = model.LostExamples;
        }
        await leads.SaveChangesAsync(cancellationToken);
    }
}
