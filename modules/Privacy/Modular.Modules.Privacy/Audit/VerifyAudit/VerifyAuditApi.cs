using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Audit.VerifyAudit;

/// <summary>GET /api/v1/privacy/audit/verify: checks the tenant's whole chain and names the first entry that breaks it.</summary>
internal static class VerifyAuditApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/audit/verify", Handle)
            .WithSummary("Verifies the tenant's audit trail: {\"valid\":true,\"entries\":N,\"lastHash\"}, or {\"valid\":false,\"firstBrokenEntry\":{\"sequence\",\"id\",\"reason\"}} with reason altered, unlinked or missing.");

    private static async Task<Ok<VerificationView>> Handle(IAuditTrail audit, CancellationToken cancellationToken)
    {
        var verification = await audit.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new VerificationView(
            verification.Valid, verification.Entries, verification.LastHash,
            verification.FirstBroken is { } broken ? new BrokenEntryView(broken.Sequence, broken.Id, broken.Reason) : null));
    }
}

internal sealed record VerificationView(
    bool Valid,
    long Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LastHash,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BrokenEntryView? FirstBrokenEntry);

/// <summary>The first broken entry; <see cref="Id"/> is null when the entry is missing altogether.</summary>
internal sealed record BrokenEntryView(long Sequence, Guid? Id, string Reason);
