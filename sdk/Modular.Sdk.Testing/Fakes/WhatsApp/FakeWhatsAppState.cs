namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>What the fake remembers between calls; requests arrive on several threads.</summary>
internal sealed class FakeWhatsAppState
{
    private readonly Lock gate = new();
    private readonly List<FakeWhatsAppMessage> messages = [];
    private readonly List<(int Number, TaskCompletionSource<FakeWhatsAppMessage> Waiter)> waiters = [];
    private readonly Dictionary<string, DateTimeOffset> lastWrote = [];
    private readonly Dictionary<(string Name, string Language), int> templates = [];
    private readonly Queue<ScriptedFailure> failures = new();
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    public IReadOnlyList<FakeWhatsAppMessage> Messages
    {
        get
        {
            lock (gate)
                return [.. messages];
        }
    }

    public ScriptedFailure? CountRequestAndTakeFailure()
    {
        Interlocked.Increment(ref requests);
        lock (gate)
            return failures.TryDequeue(out var failure) ? failure : null;
    }

    public void Script(ScriptedFailure failure, int count)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
                failures.Enqueue(failure);
        }
    }

    public void RecipientWrote(string waId, DateTimeOffset at)
    {
        lock (gate)
            lastWrote[waId] = at;
    }

    public DateTimeOffset? LastWrote(string waId)
    {
        lock (gate)
            return lastWrote.TryGetValue(waId, out var at) ? at : null;
    }

    public void Approve(string name, string language, int bodyVariables)
    {
        lock (gate)
            templates[(name, language)] = bodyVariables;
    }

    /// <summary>How many body variables the approved template has, or null when no such template is approved.</summary>
    public int? BodyVariables(string name, string language)
    {
        lock (gate)
            return templates.TryGetValue((name, language), out var count) ? count : null;
    }

    public void Accept(FakeWhatsAppMessage message)
    {
        List<TaskCompletionSource<FakeWhatsAppMessage>> ready = [];
        lock (gate)
        {
            messages.Add(message);
            foreach (var waiter in waiters.Where(w => w.Number == messages.Count).ToList())
            {
                waiters.Remove(waiter);
                ready.Add(waiter.Waiter);
            }
        }

        foreach (var waiter in ready)
            waiter.TrySetResult(message);
    }

    public Task<FakeWhatsAppMessage> WhenMessage(int number)
    {
        lock (gate)
        {
            if (messages.Count >= number)
                return Task.FromResult(messages[number - 1]);
            var waiter = new TaskCompletionSource<FakeWhatsAppMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((number, waiter));
            return waiter.Task;
        }
    }
}
