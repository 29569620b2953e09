using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Suppression;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Messaging.SubjectRights;

/// <summary>
/// The messages that are about a data subject, in two kinds. Their own: written to or by one of their leads, or, with
/// no lead (a stranger's text, a send without a lead), to or from one of their addresses. About them: the alerts to
/// the tenant's reps, which carry no lead id but quote the lead's email and number, so they are found by those in the
/// text. An alert that quoted neither (a lead known only by name) cannot be told apart from others and is not found.
/// </summary>
internal sealed class SubjectMessages(MessagingDbContext messaging, SubjectLeads subject)
{
    private readonly List<Guid> leadIds = [.. subject.LeadIds];
    private readonly List<string> addresses = [.. subject.Addresses.Select(Addresses.Normalise).Where(a => a.Length > 0).Distinct()];

    public IQueryable<Message> Own() =>
        messaging.Set<Message>().Where(m => (m.LeadId != null && leadIds.Contains(m.LeadId.Value)) || (m.LeadId == null && addresses.Contains(m.Address)));

    /// <summary>One query per address: a handful at most, and each a plain substring test both providers translate.</summary>
    public IEnumerable<IQueryable<Message>> AboutThem() =>
        addresses.Select(address => messaging.Set<Message>()
            .Where(m => m.LeadId == null && !addresses.Contains(m.Address) && m.Body.ToLower().Contains(address)));

    public async Task<IReadOnlyList<Message>> AboutThemAsync(CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Message>();
        foreach (var query in AboutThem())
            foreach (var message in await query.AsNoTracking().ToListAsync(cancellationToken))
                found.TryAdd(message.Id, message);
        return [.. found.Values.OrderBy(m => m.CreatedAt)];
    }

    /// <summary>The subject's addresses on the suppression list, with the hash stored for each.</summary>
    public async Task<IReadOnlyList<(string Address, SuppressedAddress Row)>> SuppressedAsync(CancellationToken cancellationToken)
    {
        var byHash = addresses.ToDictionary(Addresses.Hash);
        var hashes = byHash.Keys.ToList();
        var rows = await messaging.Set<SuppressedAddress>().AsNoTracking().Where(s => hashes.Contains(s.AddressHash)).ToListAsync(cancellationToken);
        return [.. rows.Select(row => (byHash[row.AddressHash], row))];
    }
}
