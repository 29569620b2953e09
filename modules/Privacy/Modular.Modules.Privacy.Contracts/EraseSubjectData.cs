using System.Collections.Concurrent;
using MediatR;

namespace Modular.Modules.Privacy.Contracts;

/// <summary>
/// Published in process to every module when an erasure request is carried out: each erases or anonymises what it
/// holds about the subject, and says what it did with <see cref="Report"/>, including what it keeps and why. Run by a
/// durable job that may run again after a crash, so handlers must be idempotent.
/// </summary>
/// <param name="tenantId">The tenant.</param>
/// <param name="subject">The subject, as the Leads module found them before anything was erased.</param>
/// <param name="requestId">The data-subject request being carried out.</param>
public sealed class EraseSubjectData(Guid tenantId, SubjectLeads subject, Guid requestId) : INotification
{
    private readonly ConcurrentQueue<ErasureOutcome> outcomes = new();

    /// <summary>The tenant whose data is erased.</summary>
    public Guid TenantId { get; } = tenantId;

    /// <summary>Who is erased.</summary>
    public SubjectLeads Subject { get; } = subject;

    /// <summary>The request, for the modules' own records.</summary>
    public Guid RequestId { get; } = requestId;

    /// <summary>What the modules did so far.</summary>
    public IReadOnlyList<ErasureOutcome> Outcomes => [.. outcomes];

    /// <summary>Records what the answering module did with one category of data.</summary>
    public void Report(ErasureOutcome outcome) => outcomes.Enqueue(outcome);
}

/// <summary>What a module did with one category of a subject's data.</summary>
/// <param name="Module">The module's id.</param>
/// <param name="Category">The data, for example <c>conversation messages</c>.</param>
/// <param name="Action">One of <see cref="ErasureActions"/>.</param>
/// <param name="Records">How many records it concerned.</param>
/// <param name="Detail">
/// Why it is kept (for example a legal hold), or the manual action left to the tenant (for example a CRM record
/// to delete by hand); null when erased.
/// </param>
public sealed record ErasureOutcome(string Module, string Category, string Action, int Records, string? Detail = null);

/// <summary>What became of a category of data.</summary>
public static class ErasureActions
{
    /// <summary>Deleted.</summary>
    public const string Erased = "erased";

    /// <summary>Kept without anything that identifies the person (counts, totals).</summary>
    public const string Anonymised = "anonymised";

    /// <summary>Kept, for the reason given (a legal obligation, for example).</summary>
    public const string Kept = "kept";

    /// <summary>Left for the tenant to do by hand, as described.</summary>
    public const string Manual = "manual";
}
