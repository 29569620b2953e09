namespace Modular.Host.Platform.Outbox;

/// <summary>The outbox dispatcher's settings (<c>Modular:Outbox</c>).</summary>
/// <param name="Poll">How often the dispatcher looks for undelivered messages when no commit in this process woke it.</param>
/// <param name="Lease">How long a claim holds; a message still undelivered past it may be claimed again (and delivered twice).</param>
/// <param name="BatchSize">How many messages one claim takes; they are published one after the other, oldest first.</param>
/// <param name="Dispatchers">
/// How many dispatch loops this process runs at once, each claiming batches of its own. More keep up with more events
/// (a lead makes about five) at the cost of order: two events about one lead may then be handled at the same time or
/// out of order, which at-least-once consumers already tolerate (a retried event arrives late anyway).
/// </param>
internal sealed record OutboxOptions(TimeSpan Poll, TimeSpan Lease, int BatchSize, int Dispatchers = 1)
{
    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Modular:Outbox");
        return new OutboxOptions(
            TimeSpan.FromMilliseconds(section.GetValue("PollMilliseconds", 1000)),
            TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", 60)),
            section.GetValue("BatchSize", 50),
            Math.Clamp(section.GetValue("Dispatchers", 1), 1, 16));
    }
}
