using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Qualification.Tests.SubjectRights;

/// <summary>What the Privacy module asks of every module, sent as it sends them: through the host's mediator, without a current tenant.</summary>
internal static class SubjectRequests
{
    public const string Module = "qualification";

    /// <summary>The subject as the Leads module finds them, as the Privacy module starts every request.</summary>
    public static Task<SubjectLeads> FindAsync(ModularHost host, Guid tenantId, string email) =>
        host.Services.GetRequiredService<IMediator>().Send(new FindSubjectLeads(tenantId, new DataSubject(email, null)));

    public static async Task<IReadOnlyList<SubjectDataSection>> CollectAsync(ModularHost host, Guid tenantId, SubjectLeads subject)
    {
        var request = new CollectSubjectData(tenantId, subject);
        await host.Services.GetRequiredService<IMediator>().Publish(request);
        return [.. request.Sections.Where(s => s.Module == Module)];
    }

    public static async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(ModularHost host, Guid tenantId, SubjectLeads subject)
    {
        var request = new EraseSubjectData(tenantId, subject, Guid.NewGuid());
        await host.Services.GetRequiredService<IMediator>().Publish(request);
        return [.. request.Outcomes.Where(o => o.Module == Module)];
    }

    public static SubjectDataSection Section(this IReadOnlyList<SubjectDataSection> sections, string category) =>
        sections.SingleOrDefault(s => s.Category == category) ?? throw new ShouldAssertException(
            $"No '{category}' section; the module answered: {string.Join(", ", sections.Select(s => s.Category))}");

    public static int Erased(this IReadOnlyList<ErasureOutcome> outcomes, string category) =>
        outcomes.Where(o => o.Category == category && o.Action == ErasureActions.Erased).Sum(o => o.Records);
}
