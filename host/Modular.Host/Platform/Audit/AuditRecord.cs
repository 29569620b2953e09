using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>A stored audit entry (<c>audit_entries</c>): written once, never updated. Its hash covers every other column.</summary>
internal sealed class AuditRecord : ITenantOwned
{
    public const int ActorMaxLength = 100;
    public const int ActionMaxLength = 100;
    public const int SubjectMaxLength = 200;
    public const int HashLength = 64;

    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public long Sequence { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }

    /// <summary>Text, not jsonb on PostgreSQL: the hash is over these exact characters, which jsonb would reformat.</summary>
    public string? Details { get; init; }

    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public AuditEntry ToEntry() => new(Id, TenantId, Sequence, OccurredAt, Actor, Action, Subject, Details, PreviousHash, Hash);
}
