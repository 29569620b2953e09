using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Privacy.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Requests.CarryingOut;

/// <summary>The job that carries out an access, portability or erasure request.</summary>
/// <param name="RequestId">The request.</param>
internal sealed record CarryOutRequest(Guid RequestId);

/// <summary>
/// Finds the subject's leads once (kept on the request, so a rerun after a crash works on the same ones even once
/// they are erased), then has every module collect or erase what it holds. Runs in the request's tenant.
/// </summary>
internal sealed class CarryOutRequestJob(
    PrivacyDbContext privacy, IMediator mediator, SubjectErasure erasure, RequestTimeline timeline, ICurrentTenant tenant, TimeProvider time)
    : IJobHandler
{
    public const string Type = "privacy.carry-out-request";

    public string JobType => Type;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var job = JsonSerializer.Deserialize<CarryOutRequest>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A privacy request job without a payload.");
        // Missing when the request's own save failed after the job was stored.
        if (await privacy.Set<SubjectRequest>().FirstOrDefaultAsync(r => r.Id == job.RequestId, cancellationToken) is not { } request
            || !RequestStatuses.IsOpen(request.Status))
            return;

        var subject = await FindSubjectAsync(request, cancellationToken);
        if (request.Type == RequestTypes.Erasure)
            await erasure.EraseAsync(request, subject, cancellationToken);
        else
            await CollectAsync(request, subject, cancellationToken);
    }

    private async Task<SubjectLeads> FindSubjectAsync(SubjectRequest request, CancellationToken cancellationToken)
    {
        if (!request.SubjectFound)
        {
            var found = await mediator.Send(new FindSubjectLeads(tenant.RequiredTenantId, new DataSubject(request.SubjectEmail, request.SubjectPhone)), cancellationToken);
            request.LeadIds = string.Join(',', found.LeadIds);
            request.SubjectAddresses = string.Join(',', found.Addresses);
            request.SubjectHashes = string.Join(',', found.Addresses.Select(AddressHashes.Of));
            request.UpdatedAt = time.GetUtcNow();
            timeline.Add(request, "subject.found", $"{found.LeadIds.Count} lead(s) and {found.Addresses.Count} address(es) found.", Shared.Actors.System);
            await privacy.SaveChangesAsync(cancellationToken);
        }
        return new SubjectLeads(request.FoundLeadIds(), request.FoundAddresses());
    }

    /// <summary>Access and portability: the answer is the export, built from live data when asked for; this checks what there is.</summary>
    private async Task CollectAsync(SubjectRequest request, SubjectLeads subject, CancellationToken cancellationToken)
    {
        var collection = new CollectSubjectData(tenant.RequiredTenantId, subject);
        await mediator.Publish(collection, cancellationToken);
        var categories = collection.Sections.Select(s => new { s.Module, s.Category, records = s.Records.Count }).ToList();
        var now = time.GetUtcNow();
        request.Report = JsonSerializer.Serialize(new { categories }, JsonSerializerOptions.Web);
        request.Status = RequestStatuses.Fulfilled;
        request.CompletedAt = now;
        request.UpdatedAt = now;
        timeline.Add(request, "request.fulfilled",
            $"{categories.Sum(c => c.records)} record(s) in {categories.Count} categorie(s) ready to export.", Shared.Actors.System);
        await privacy.SaveChangesAsync(cancellationToken);
    }
}
