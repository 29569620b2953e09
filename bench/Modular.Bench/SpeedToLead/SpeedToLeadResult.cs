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
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>Slices of the run by when the leads were sent, to show whether the wait grew as the run went on.</summary>
    public static readonly TimeSpan SliceLength = TimeSpan.FromSeconds(15);

    public static SpeedToLeadResult From(
        IntakeDatabase database, string storage, long runStarted, IReadOnlyList<PostedLead> posted, long contactDeadline,
        FakeTwilioServer twilio, IReadOnlyDictionary<string, LeadJourney> journeys, string loadBefore, string loadAfter)
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
            twilio.Attempts.Count(a => a.StatusCode != 201), slices, StagesOf(contacted, firsts, journeys), loadBefore, loadAfter);
    }

    /// <summary>Where the wait went, by the host's clock, for the leads contacted.</summary>
    private static IReadOnlyList<Stage> StagesOf(IReadOnlyList<PostedLead> contacted, IReadOnlyDictionary<string, FakeTwilioMessage> firsts, IReadOnlyDictionary<string, LeadJourney> journeys)
    {
        var traced = contacted
            .Select(p => (Journey: journeys.GetValueOrDefault(p.Phone), Accepted: firsts[p.Phone].AcceptedAt))
            .Where(j => j.Journey is { Opened: not null, Reserved: not null })
            .ToList();
        return
        [
            new("lead stored → conversation opened", "the outbox's wait and the LeadReceived handlers delivered before the conversation engine's",
                Percentiles.Of(traced.Select(j => (j.Journey!.Opened!.Value - j.Journey.Stored).TotalMilliseconds))),
            new("conversation opened → first message reserved", "scenario, contact window, first step, channel routing",
                Percentiles.Of(traced.Select(j => (j.Journey!.Reserved!.Value - j.Journey.Opened!.Value).TotalMilliseconds))),
            new("first message reserved → accepted by the fake", "the Twilio plugin's call, at the fake's clock",
                Percentiles.Of(traced.Select(j => (j.Accepted - j.Journey!.Reserved!.Value).TotalMilliseconds))),
            new("lead stored → accepted by the fake", "the sum, from inside the intake's transaction",
                Percentiles.Of(traced.Select(j => (j.Accepted - j.Journey!.Stored).TotalMilliseconds))),
        ];
    }
}

/// <summary>The leads sent from <paramref name="From"/> into the run, for one <see cref="SpeedToLeadResult.SliceLength"/>.</summary>
internal sealed record Slice(TimeSpan From, Percentiles SpeedToLead);

/// <summary>One stage of the leads' way through the host, in milliseconds.</summary>
internal sealed record Stage(string Name, string What, Percentiles Milliseconds);
