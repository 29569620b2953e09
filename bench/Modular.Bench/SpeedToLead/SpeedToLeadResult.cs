using System.Diagnostics;
using Modular.Bench.Intake;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Bench.SpeedToLead;

/// <summary>One database's run: how many leads were contacted in time and how long each waited, with the stages in between.</summary>
internal sealed record SpeedToLeadResult(
    IntakeDatabase Database,
    string Storage,
    int Sent,
    int Answered,
    int Failed,
    string? FirstFailure,
    int Contacted,
    Percentiles SpeedToLead,
    Percentiles Intake,
    TimeSpan MaxLate,
    double FirstMessagesPerSecond,
    int RefusedByProvider,
    IReadOnlyList<Slice> OverTime,
    IReadOnlyList<Stage> Stages,
    IReadOnlyDictionary<string, int> OutboxEvents,
    int ScoredBeforeOpened,
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>Slices of the run by when the leads were sent, to show whether the wait grew as the run went on.</summary>
    public static readonly TimeSpan SliceLength = TimeSpan.FromSeconds(15);

    public static SpeedToLeadResult From(
        IntakeDatabase database, string storage, long runStarted, IReadOnlyList<PostedLead> posted, long contactDeadline,
        FakeTwilioServer twilio, Journeys journeys, string loadBefore, string loadAfter)
    {
        var ours = posted.Select(p => p.Phone).ToHashSet(StringComparer.Ordinal);
        var firsts = twilio.Messages
            .Where(m => ours.Contains(m.To) && m.AcceptedTimestamp <= contactDeadline)
            .GroupBy(m => m.To)
            .ToDictionary(g => g.Key, g => g.MinBy(m => m.AcceptedTimestamp)!, StringComparer.Ordinal);
        var answered = posted.Where(p => p.AnsweredAt is not null).ToList();
        var contacted = answered.Where(p => firsts.ContainsKey(p.Phone)).ToList();

        double Wait(PostedLead lead) => Stopwatch.GetElapsedTime(lead.AnsweredAt!.Value, firsts[lead.Phone].AcceptedTimestamp).TotalMilliseconds;

        var accepted = contacted.Select(p => firsts[p.Phone].AcceptedTimestamp).Order().ToList();
        var perSecond = accepted.Count > 1 ? (accepted.Count - 1) / Stopwatch.GetElapsedTime(accepted[0], accepted[^1]).TotalSeconds : double.NaN;

        var slices = contacted
            .GroupBy(p => (int)(Stopwatch.GetElapsedTime(runStarted, p.SentAt) / SliceLength))
            .OrderBy(g => g.Key)
            .Select(g => new Slice(g.Key * SliceLength, Percentiles.Of(g.Select(Wait))))
            .ToList();

        return new SpeedToLeadResult(
            database, storage, posted.Count, answered.Count, posted.Count - answered.Count, posted.FirstOrDefault(p => p.Failure is not null)?.Failure,
            contacted.Count, Percentiles.Of(contacted.Select(Wait)), Percentiles.Of(answered.Select(p => p.Intake!.Value.TotalMilliseconds)),
            posted.Count == 0 ? TimeSpan.Zero : posted.Max(p => p.Late), perSecond,
            twilio.Attempts.Count(a => a.StatusCode != 201), slices, StagesOf(contacted, firsts, journeys.ByPhone), journeys.OutboxEvents,
            contacted.Count(p => journeys.ByPhone.GetValueOrDefault(p.Phone) is { Scored: { } scored, Opened: { } opened } && scored < opened),
            loadBefore, loadAfter);
    }

    /// <summary>Where the wait went, by the host's clock, for the leads contacted.</summary>
    private static IReadOnlyList<Stage> StagesOf(IReadOnlyList<PostedLead> contacted, IReadOnlyDictionary<string, FakeTwilioMessage> firsts, IReadOnlyDictionary<string, LeadJourney> journeys)
    {
        var traced = contacted
            .Select(p => (Journey: journeys.GetValueOrDefault(p.Phone)!, Accepted: firsts[p.Phone].AcceptedAt))
            .Where(j => j.Journey is { Claimed: not null, Opened: not null, Reserved: not null })
            .ToList();

        Stage Between(string name, string what, Func<LeadJourney, DateTimeOffset> from, Func<LeadJourney, DateTimeOffset, DateTimeOffset> to) =>
            new(name, what, Percentiles.Of(traced.Select(j => (to(j.Journey, j.Accepted) - from(j.Journey)).TotalMilliseconds)));

        return
        [
            Between("lead stored → LeadReceived claimed", "waiting for the outbox dispatcher, busy with earlier events",
                j => j.Stored, (j, _) => j.Claimed!.Value),
            Between("claimed → conversation opened", "the events claimed before it in the same batch, the LeadReceived handlers run before the conversation engine's, its look-ups",
                j => j.Claimed!.Value, (j, _) => j.Opened!.Value),
            Between("conversation opened → first message reserved", "scenario, contact window, first step, channel routing",
                j => j.Opened!.Value, (j, _) => j.Reserved!.Value),
            Between("first message reserved → accepted by the fake", "the Twilio plugin's call, to the fake's clock",
                j => j.Reserved!.Value, (_, accepted) => accepted),
            Between("lead stored → accepted by the fake", "all of the above, from inside the intake's transaction",
                j => j.Stored, (_, accepted) => accepted),
        ];
    }
}

/// <summary>The leads sent from <paramref name="From"/> into the run, for one <see cref="SpeedToLeadResult.SliceLength"/>.</summary>
internal sealed record Slice(TimeSpan From, Percentiles SpeedToLead);

/// <summary>One stage of the leads' way through the host, in milliseconds.</summary>
internal sealed record Stage(string Name, string What, Percentiles Milliseconds);
