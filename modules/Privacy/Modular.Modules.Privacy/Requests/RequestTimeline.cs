using Modular.Modules.Privacy.Data;

namespace Modular.Modules.Privacy.Requests;

/// <summary>Adds steps to a request's timeline, in the unit of work that made the change they describe.</summary>
internal sealed class RequestTimeline(PrivacyDbContext privacy, TimeProvider time)
{
    public void Add(SubjectRequest request, string step, string detail, string actor) =>
        privacy.Add(new RequestStep
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            RequestId = request.Id,
            At = time.GetUtcNow(),
            Step = step,
            Detail = detail,
            Actor = actor,
        });
}
