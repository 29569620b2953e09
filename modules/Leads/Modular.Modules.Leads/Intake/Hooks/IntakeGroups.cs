using System.Threading.Channels;
using Autofac;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>
/// Group commit for hook submissions. One writer stores submissions while the next ones queue up; when it is done it
/// takes everything queued (up to <see cref="MaxGroup"/>), one tenant at a time, as one batch of the intake: the
/// same normalisation, matching, merge, consent, timeline and events as a lone submission, in one transaction. A quiet
/// source's submission is alone in its group and waits for nothing; a busy one shares its round trips and its commit
/// with the submissions that arrived with it. Each caller is answered after the commit that stored its lead.
/// </summary>
internal sealed class IntakeGroups : IAsyncDisposable, IDisposable
{
    public const int MaxGroup = 64;

    private readonly Channel<Waiting> queue = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILifetimeScope scope;
    private readonly ILogger logger;
    private readonly Task writer;

    public IntakeGroups(ILifetimeScope scope, ILogger<IntakeGroups> logger)
    {
        this.scope = scope;
        this.logger = logger;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>Stores the submission with whatever else is queued, and says what became of it once committed.</summary>
    /// <exception cref="IntakeRejected">The submission cannot make a lead; nothing of it was stored.</exception>
    public async Task<IntakeOutcome> ReceiveAsync(IntakeItem item, CancellationToken cancellationToken)
    {
        var waiting = new Waiting(item.Context.Source!.TenantId, item);
        if (!queue.Writer.TryWrite(waiting))
            throw new InvalidOperationException("This version of the Leads module has stopped taking submissions.");
        // A caller that gives up stops waiting; its lead may still be stored, as it would had the answer been lost.
        return await waiting.Outcome.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        var taken = new List<Waiting>(MaxGroup);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (taken.Count < MaxGroup && queue.Reader.TryRead(out var next))
                taken.Add(next);
            foreach (var group in taken.GroupBy(w => w.TenantId))
                await StoreAsync(group.Key, [.. group]);
            taken.Clear();
        }
    }

    private async Task StoreAsync(Guid tenantId, IReadOnlyList<Waiting> group)
    {
        try
        {
            await using var tenantScope = scope.BeginTenantScope(tenantId);
            // Not cancellable: these callers are waiting for their commit, whoever else gave up.
            var outcomes = await tenantScope.Resolve<LeadIntake>().ReceiveBatchAsync([.. group.Select(w => w.Item)], _ => { }, CancellationToken.None);
            foreach (var (waiting, outcome) in group.Zip(outcomes))
            {
                if (outcome.Outcome is { } stored)
                    waiting.Outcome.TrySetResult(stored);
                else
                    waiting.Outcome.TrySetException(new IntakeRejected(outcome.Rejection!));
            }
        }
        catch (Exception e) when (group.Count > 1)
        {
            // One submission the database refuses must not fail the others that happened to share its transaction.
            logger.LogWarning(e, "A group of {Count} hook submissions could not be stored together; storing them one by one", group.Count);
            foreach (var waiting in group)
                await StoreAsync(tenantId, [waiting]);
        }
        catch (Exception e)
        {
            group[0].Outcome.TrySetException(e);
        }
    }

    /// <summary>Stores what is already queued, then stops: the version is retiring after its last requests.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
    }

    /// <summary>The same, for a scope disposed synchronously.</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.GetAwaiter().GetResult();
    }

    private sealed record Waiting(Guid TenantId, IntakeItem Item)
    {
        public TaskCompletionSource<IntakeOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
