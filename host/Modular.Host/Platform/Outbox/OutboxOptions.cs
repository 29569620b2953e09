namespace Modular.Host.Platform.Outbox;

/// <summary>The outbox dispatcher's settings (<c>Modular:Outbox</c>).</summary>
/// <param name="Poll">How often the dispatcher looks for undelivered messages when no commit in this process woke it.</param>
/// <param name="Lease">How long a claim holds; a message still undelivered past it may be claimed again (and delivered twice).</param>
/// <param name="BatchSize">How many messages one claim takes; the next claim waits until they are all published.</param>
/// <param name="Parallelism">
/// How many events of a batch are published at once, each about a different thing (see
/// <c>IntegrationEvent.OrderingKey</c>): a lead makes about five events, and their handlers spend most of their time
/// waiting for the database, so one at a time could not keep up with tens of leads a second.
/// </param>
internal sealed record OutboxOptions(TimeSpan Poll, TimeSpan Lease, int BatchSize, int Parallelism = 8)
{
    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Modular:Outbox");
        return new OutboxOptions(
            TimeSpan.FromMilliseconds(section.GetValue("PollMilliseconds", 1000)),
            TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", 60)),
            section.GetValue("BatchSize", 50),
            Math.Clamp(section.GetValue("Parallelism", 8), 1, 64));
    }
}
