using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Scoring.Model;

/// <summary>The tenant's last trained win model; absent until its history holds a won and a lost lead.</summary>
internal sealed class StoredWinModel : ITenantOwned
{
    public Guid TenantId { get; init; }

    /// <summary>The model as <c>WinModelJsonContext</c> writes it.</summary>
    public required string Model { get; set; }

    public DateTimeOffset TrainedAt { get; set; }
    public int WonExamples { get; set; }
    public int LostExamples { get; set; }
}
