using System.Collections.Concurrent;
using MediatR;

namespace Modular.Modules.Privacy.Contracts;

/// <summary>
/// Published in process to every module: each adds what it holds about the subject, and why, with
/// <see cref="Add"/>. A module holding nothing adds nothing. Handlers only read.
/// </summary>
/// <param name="tenantId">The tenant.</param>
/// <param name="subject">The subject, as the Leads module found them.</param>
public sealed class CollectSubjectData(Guid tenantId, SubjectLeads subject) : INotification
{
    private readonly ConcurrentQueue<SubjectDataSection> sections = new();

    /// <summary>The tenant whose data is collected.</summary>
    public Guid TenantId { get; } = tenantId;

    /// <summary>Who the data is about.</summary>
    public SubjectLeads Subject { get; } = subject;

    /// <summary>What the modules answered so far.</summary>
    public IReadOnlyList<SubjectDataSection> Sections => [.. sections];

    /// <summary>Adds a category of data the answering module holds; an empty one is left out.</summary>
    public void Add(SubjectDataSection section)
    {
        if (section.Records.Count > 0)
            sections.Enqueue(section);
    }
}
