using Autofac;
using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>Runs the intake for a hook and answers as every hook does: 201 with the receipt, 200 when merged, 422 when refused.</summary>
internal static class IntakeResults
{
    public static async Task<IResult> ReceiveAsync(ILifetimeScope tenantScope, LeadSubmission submission, IntakeContext context, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await tenantScope.Resolve<LeadIntake>().ReceiveAsync(submission, context, cancellationToken);
            var receipt = IntakeReceipt.From(outcome);
            return outcome.Result == IntakeResult.Created
                ? TypedResults.Created($"/api/v1/leads/{receipt.LeadId}", receipt)
                : TypedResults.Ok(receipt);
        }
        catch (IntakeRejected rejected)
        {
            return LeadProblems.Invalid(rejected.Message);
        }
    }
}
