namespace Modular.Sdk.Platform;

/// <summary>One entry of a tenant's audit chain, as stored; <see cref="AuditHash.Compute"/> recomputes <see cref="Hash"/> from the other fields.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="TenantId">The tenant whose chain holds it (<see cref="Guid.Empty"/> for work done without a tenant).</param>
/// <param name="Sequence">Its place in the chain, from 1, without gaps.</param>
/// <param name="OccurredAt">When it was recorded, in UTC to the millisecond.</param>
/// <param name="Actor">Who acted: <c>user:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c> or <c>system</c>.</param>
/// <param name="Action">What was done, such as <c>lead.read</c>.</param>
/// <param name="Subject">What it was done to, by id, such as <c>lead:&lt;id&gt;</c>.</param>
/// <param name="Details">A JSON object of strings (field names, counts, ids), exactly as hashed; null when there are none.</param>
/// <param name="PreviousHash">The previous entry's hash (<see cref="AuditHash.Genesis"/> for the first).</param>
/// <param name="Hash">The SHA-256 of this entry, lowercase hex.</param>
public sealed record AuditEntry(
    Guid Id, Guid TenantId, long Sequence, DateTimeOffset OccurredAt, string Actor, string Action, string Subject, string? Details,
    string PreviousHash, string Hash);
