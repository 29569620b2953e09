using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>
/// The audit trail offered to modules: the current tenant's chain (<see cref="Guid.Empty"/>'s for work without a
/// tenant), appended by <see cref="AuditAppender"/> and read through contexts of its own, filtered to that tenant.
/// </summary>
internal sealed class PlatformAuditTrail(
    AuditAppender appender, AuditActor actor, DbContextOptions<PlatformDbContext> platformOptions, ICurrentTenant? tenant = null) : IAuditTrail
{
    public Task RecordAsync(string action, string subject, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(action.Length, AuditRecord.ActionMaxLength, nameof(action));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subject.Length, AuditRecord.SubjectMaxLength, nameof(subject));
        return appender.AppendAsync(tenant?.TenantId ?? Guid.Empty, actor.Current, action, subject, Serialise(details), cancellationToken);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var platform = Open();
        return await AuditVerifier.VerifyAsync(platform, cancellationToken);
    }

    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var platform = Open();
        await foreach (var record in AuditQueries.Apply(platform.Set<AuditRecord>().AsNoTracking(), query).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return record.ToEntry();
    }

    private PlatformDbContext Open() => new(platformOptions, tenant);

    // Keys in ordinal order, so the same details always make the same text, and so the same hash.
    private static string? Serialise(IReadOnlyDictionary<string, string>? details) =>
        details is null or { Count: 0 } ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(details.ToDictionary(), StringComparer.Ordinal));
}
