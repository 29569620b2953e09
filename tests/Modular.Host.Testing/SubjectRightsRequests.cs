using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Host.Testing;

/// <summary>
/// What the Privacy module asks of every module, sent as it sends them: through the host's mediator, without a current
/// tenant. Answers are narrowed to the one module a test is about.
/// </summary>
public sealed class SubjectRightsRequests(ModularHost host, string module)
{
    public Task<SubjectLeads> FindAsync(Guid tenantId, string? email, string? phone) =>
        host.Services.GetRequiredService<IMediator>().Send(new FindSubjectLeads(tenantId, new DataSubject(email, phone)));

    public async Task<IReadOnlyList<SubjectDataSection>> CollectAsync(Guid tenantId, SubjectLeads subject)
    {
        var request = new CollectSubjectData(tenantId, subject);
        await host.Services.GetRequiredService<IMediator>().Publish(request);
        return [.. request.Sections.Where(s => s.Module == module)];
    }

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(Guid tenantId, SubjectLeads subject)
    {
        var request = new EraseSubjectData(tenantId, subject, Guid.NewGuid());
        await host.Services.GetRequiredService<IMediator>().Publish(request);
        return [.. request.Outcomes.Where(o => o.Module == module)];
    }
}

/// <summary>Reading a module's answers to the Privacy contracts in assertions.</summary>
public static class SubjectRightsAnswers
{
    public static SubjectDataSection Section(this IReadOnlyList<SubjectDataSection> sections, string category) =>
        sections.SingleOrDefault(s => s.Category == category) ?? throw new ShouldAssertException(
            $"No '{category}' section; the module answered: {string.Join(", ", sections.Select(s => s.Category))}");

    public static int Erased(this IReadOnlyList<ErasureOutcome> outcomes, string category) =>
        outcomes.Where(o => o.Category == category && o.Action == ErasureActions.Erased).Sum(o => o.Records);
}
