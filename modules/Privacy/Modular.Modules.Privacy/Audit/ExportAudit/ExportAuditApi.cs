using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Audit.ExportAudit;

/// <summary>
/// GET /api/v1/privacy/audit/export: the tenant's entries in a time range, oldest first, as JSON lines streamed
/// from the database, each with its previous hash and hash: evidence a third party can re-verify link by link.
/// </summary>
/// <remarks>The export is not itself recorded: the trail holds ids, not personal data.</remarks>
internal static class ExportAuditApi
{
    public const string ContentType = "application/x-ndjson";

    private static readonly ReadOnlyMemory<byte> LineEnd = "\n"u8.ToArray();

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/audit/export", Handle)
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .WithSummary("Exports the audit trail as JSON lines, oldest first (from, to, actor, action, subject filter it): every hashed field, the previous hash and the hash.");

    private static Results<PushStreamHttpResult, ValidationProblem> Handle(
        DateTimeOffset? from, DateTimeOffset? to, string? actor, string? action, string? subject, IAuditTrail audit, IOptions<JsonOptions> json, HttpContext http)
    {
        var filter = new AuditFilter(from, to, actor, action, subject);
        if (filter.Problem() is { } problem)
            return PrivacyProblems.Invalid("from", problem);

        var options = json.Value.SerializerOptions;
        return TypedResults.Stream(async body =>
        {
            // Written line by line as read: an export of years of entries never sits in memory.
            await foreach (var entry in audit.ReadAsync(filter.ToQuery(), http.RequestAborted))
            {
                await JsonSerializer.SerializeAsync(body, AuditEntryView.From(entry), options, http.RequestAborted);
                await body.WriteAsync(LineEnd, http.RequestAborted);
            }
        }, ContentType, "audit-trail.jsonl");
    }
}
