using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Conversations;

/// <summary>
/// One run of a scenario with one lead. Everything the engine needs to resume after a restart is here: the question
/// awaited, the re-asks and reminders used, and when the next thing is due.
/// </summary>
internal sealed class Conversation : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid LeadId { get; init; }
    public Guid ScenarioId { get; init; }
    public int ScenarioVersion { get; init; }
    public required string ScenarioName { get; init; }
    public required string Locale { get; init; }

    /// <summary>The E.164 number written to.</summary>
    public string? Address { get; set; }

    public ConversationStatus Status { get; set; }

    /// <summary>1 while the conversation is open, null once it ended: a unique index on (tenant, lead, slot) allows one open conversation per lead on both providers.</summary>
    public int? OpenSlot { get; set; } = 1;

    public string? Verdict { get; set; }
    public string? CurrentQuestion { get; set; }
    public int Reasks { get; set; }
    public int RemindersSent { get; set; }

    /// <summary>How many messages were sent; the next one's idempotency key, so a retried step never sends twice.</summary>
    public int OutboundCount { get; set; }

    /// <summary>A reply received while the window was closed, answered when it opens.</summary>
    public Guid? PendingReplyId { get; set; }

    public DateTimeOffset? NextActionAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? LastInboundAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Optimistic concurrency: two replies handled at once must not both move the conversation.</summary>
    public int Revision { get; set; }

    public bool IsOpen => OpenSlot is not null;

    public void End(string verdict, DateTimeOffset now)
    {
        Close(ConversationStatus.Ended, now);
        Verdict = verdict;
    }

    /// <summary>A user stopped it: no verdict, nothing more sent.</summary>
    public void Stop(DateTimeOffset now) => Close(ConversationStatus.Stopped, now);

    private void Close(ConversationStatus status, DateTimeOffset now)
    {
        Status = status;
        OpenSlot = null;
        NextActionAt = null;
        PendingReplyId = null;
        EndedAt = now;
    }
}

/// <summary>Where a conversation is.</summary>
internal enum ConversationStatus
{
    /// <summary>Waiting for the contact window to open before the first message.</summary>
    Scheduled,

    /// <summary>Messages exchanged; waiting for the lead's reply.</summary>
    Active,

    /// <summary>A verdict was reached (including NoResponse, OptedOut, Unreachable).</summary>
    Ended,

    /// <summary>A user stopped it before a verdict.</summary>
    Stopped,
}
