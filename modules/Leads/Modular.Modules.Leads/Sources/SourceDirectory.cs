using System.Collections.Concurrent;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;

namespace Modular.Modules.Leads.Sources;

/// <summary>An enabled source as the intake URL needs it: its settings and its secret in clear.</summary>
internal sealed record HookSource(LeadSource Source, string Secret);

/// <summary>
/// Finds the enabled source behind an intake URL's key. Every hook call needs it before anything else, so sources are
/// kept in memory for <see cref="FreshFor"/>: looking one up in the database (and decrypting its secret) cost about a
/// third of a hook call's CPU. A change made through this instance (a rotated secret) is seen at once; another
/// instance sees it when its copy expires. Unknown keys are not remembered, so a made-up key cannot fill the memory:
/// an entry is only made for a source that exists, and one found disabled on its next lookup is dropped.
/// </summary>
internal sealed class SourceDirectory(ILifetimeScope scope, TimeProvider time)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, (HookSource Source, DateTimeOffset Until)> known = new(StringComparer.Ordinal);

    public async Task<HookSource?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (known.TryGetValue(key, out var entry) && entry.Until > now)
            return entry.Source;

        await using var lookup = scope.BeginLifetimeScope();
        var source = await lookup.Resolve<LeadsDbContext>().Set<LeadSource>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Key == key && s.DisabledAt == null, cancellationToken);
        if (source is null)
        {
            known.TryRemove(key, out _);
            return null;
        }
        var found = new HookSource(source, lookup.Resolve<SourceSecrets>().Reveal(source));
        known[key] = (found, now + FreshFor);
        return found;
    }

    /// <summary>Drops the copy of a source that was just changed, so this instance's next call reads it again.</summary>
    public void Forget(string key) => known.TryRemove(key, out _);
}
