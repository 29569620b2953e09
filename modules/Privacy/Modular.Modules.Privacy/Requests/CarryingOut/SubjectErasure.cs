using System.Text.Json;
using MediatR;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Privacy.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Requests.CarryingOut;

/// <summary>
/// Carries out an erasure: every module erases or anonymises what it holds and says so; the subject's addresses go
/// on the suppression list (as hashes) so the person is never contacted again, even as a new lead; partners are told
/// through <see cref="SubjectErased"/>, stored with the request's end in one transaction; the request keeps hashes only.
/// </summary>
internal sealed class SubjectErasure(
    PrivacyDbContext privacy, IMediator mediator, IOutbox outbox, RequestTimeline timeline, ICurrentTenant tenant, TimeProvider time)
{
    public async Task EraseAsync(SubjectRequest request, SubjectLeads subject, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var erasure = new EraseSubjectData(tenantId, subject, request.Id);
        await mediator.Publish(erasure, cancellationToken);
        foreach (var address in subject.Addresses)
            await mediator.Send(new SuppressAddress(tenantId, address, null, $"erasure request {request.Id}"), cancellationToken);

        var outcomes = erasure.Outcomes
            .Append(new ErasureOutcome("privacy", "suppression list", ErasureActions.Kept, subject.Addresses.Count,
                "Addresses kept as hashes so the person is never contacted again (opposition list)."))
            .ToList();
        var now = time.GetUtcNow();
        request.Report = JsonSerializer.Serialize(new { outcomes }, JsonSerializerOptions.Web);
        request.SubjectEmail = null;
        request.SubjectPhone = null;
        request.SubjectAddresses = null;
        request.Status = RequestStatuses.Fulfilled;
        request.CompletedAt = now;
        request.UpdatedAt = now;
        var erased = outcomes.Where(o => o.Action is ErasureActions.Erased or ErasureActions.Anonymised).Sum(o => o.Records);
        var manual = outcomes.Count(o => o.Action == ErasureActions.Manual);
        timeline.Add(request, "request.fulfilled", $"{erased} record(s) erased or anonymised; {manual} manual action(s) left.", Shared.Actors.System);
        if (subject.LeadIds.Count > 0)
            outbox.Add(new SubjectErased(request.Id, subject.LeadIds) { TenantId = tenantId, OccurredAt = now });
        await privacy.SaveAtomicallyAsync(cancellationToken);
    }
}
