using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads.UpdateLead;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Leads.RecordOutcome;

/// <summary>
/// POST /api/v1/leads/{id}/outcome: the client says how the lead ended. Predictive scoring learns from these, so a
/// corrected outcome replaces the earlier one rather than adding to it.
/// </summary>
internal static class RecordOutcomeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads/{id:guid}/outcome", Handle)
            .WithSummary("Records whether a lead was won or lost, with the amount in minor units and its ISO 4217 currency; a new outcome replaces the last.")
            .RecordsAudit(AuditActions.OutcomeRecorded, "lead");

    private static async Task<Results<Ok<LeadView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, RecordOutcomeRequest request, HttpContext http, LeadsDbContext leads, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);
        var (lead, problem) = await EditableLead.FindAsync(leads, id, cancellationToken);
        if (lead is null)
            return problem!;

        if (LeadOutcomes.Apply(leads, outbox, lead, request.NormalisedOutcome()!, request.AmountMinor, request.NormalisedCurrency(), Actors.From(http.User), time.GetUtcNow()))
            await leads.SaveChangesAsync(cancellationToken);

        var tags = await LeadTags.ForAsync(leads, [lead.Id], cancellationToken);
        return TypedResults.Ok(LeadView.From(lead, [.. tags[lead.Id]]));
    }
}
