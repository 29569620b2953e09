using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Timeline;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.UpdateLead;

/// <summary>
/// PATCH /api/v1/leads/{id}: a rectification. Only the fields sent change (null clears), normalised as intake
/// normalises them; the timeline records who changed which field from what to what. That is personal data in the
/// timeline, where it belongs: the timeline is part of the lead and goes when the lead goes.
/// </summary>
internal static class UpdateLeadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/leads/{id:guid}", Handle)
            .WithSummary("Rectifies a lead: only the fields sent change, null clears a field, attributes are patched key by key.");

    private static async Task<Results<Ok<LeadView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateLeadRequest request, HttpContext http, LeadsDbContext leads, ITenantDirectory tenants, IOutbox outbox,
        TimeProvider time, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var (lead, problem) = await EditableLead.FindAsync(leads, id, cancellationToken);
        if (lead is null)
            return problem!;

        var defaultCountry = (await tenants.FindAsync(lead.TenantId, cancellationToken))?.DefaultCountry ?? "FR";
        var rectification = new LeadRectification(lead, request, defaultCountry);
        var changes = rectification.Apply();
        if (rectification.Errors.Count > 0)
            return TypedResults.ValidationProblem(rectification.Errors, title: "The lead cannot be changed this way");

        if (changes.Count > 0)
        {
            var now = time.GetUtcNow();
            lead.UpdatedAt = now;
            lead.RefreshSearchText();
            leads.Record(lead.TenantId, lead.Id, "lead.rectified", Summary([.. changes.Keys]), Actors.From(http.User), now, changes);
            outbox.Add(new LeadUpdated(lead.Id, [.. changes.Keys]) { TenantId = lead.TenantId, OccurredAt = now });
            await leads.SaveChangesAsync(cancellationToken);
            // The names of the fields changed, never their values: those stay in the lead's own timeline.
            await audit.RecordAsync(AuditActions.Rectified, $"lead:{lead.Id}", new Dictionary<string, string> { ["fields"] = string.Join(',', changes.Keys) }, CancellationToken.None);
        }
        else
        {
            // Nothing changed, yet the answer shows the lead.
            await audit.RecordAsync(AuditActions.Read, $"lead:{lead.Id}", cancellationToken: CancellationToken.None);
        }

        var tags = await LeadTags.ForAsync(leads, [lead.Id], cancellationToken);
        return TypedResults.Ok(LeadView.From(lead, [.. tags[lead.Id]]));
    }

    // The summary column holds 500 characters; a patch of many long attribute names is summed up by its count.
    private static string Summary(IReadOnlyCollection<string> fields) =>
        $"Changed {string.Join(", ", fields)}." is { Length: <= 500 } listed ? listed : $"Changed {fields.Count} fields.";
}
