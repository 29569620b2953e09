using Autofac;
using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>
/// Stores a hook's submission and answers as every hook does: 201 with the receipt, 200 when merged into an earlier
/// lead or repeated, 422 when refused. Submissions of the same tenant that arrive while another transaction is being
/// written wait for the next one and are stored together (<see cref="IntakeGroups"/>): one transaction, one lookup of
/// earlier leads and one commit for all of them, so a busy source costs a fraction of a transaction per lead. A
/// submission carrying an idempotency key (a Google Ads lead id) is stored on its own, where the key is checked.
/// Every answer still comes after its lead's commit.
/// </summary>
internal sealed class HookIntake(ILifetimeScope scope, IntakeGroups groups)
{
    public async Task<IResult> ReceiveAsync(LeadSubmission submission, IntakeContext context, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = context.IdempotencyKey is null
                ? await groups.ReceiveAsync(new IntakeItem(submission, context), cancellationToken)
                : await ReceiveAloneAsync(submission, context, cancellationToken);
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

    private async Task<IntakeOutcome> ReceiveAloneAsync(LeadSubmission submission, IntakeContext context, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(context.Source!.TenantId);
        return await tenantScope.Resolve<LeadIntake>().ReceiveAsync(submission, context, cancellationToken);
    }
}
