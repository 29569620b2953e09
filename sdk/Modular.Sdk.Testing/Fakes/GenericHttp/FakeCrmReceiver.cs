using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>
/// A client's endpoint for the generic HTTP CRM connector (<c>crm.generichttp</c>), written as a well-behaved one would be,
/// on a free loopback port: point a connection's base URL at <see cref="BaseUrl"/>, the endpoint's full URL. It takes
/// <c>POST</c> only at that URL and checks the shared secret in <see cref="SecretHeader"/> on every call, then follows
/// <c>X-Modular-Event</c>: <c>ping</c> answers 200; <c>lead.upsert</c> (the default body) finds the record by email
/// without regard to case, then by phone, and updates it (200) or creates one (201), answering <c>{"id"}</c>, or 409 when
/// the phone belongs to a record with another email; <c>lead.report</c> stores the report on the record it names, by
/// the receiver's id or the lead's, and answers 201. A repeated <c>Idempotency-Key</c> is answered its first success
/// again without writing; reused with another body it is refused with 422. It records every call and can be told to
/// answer the next calls with 500, with 429 and <c>Retry-After</c>, or with a redirect.
/// </summary>
public sealed partial class FakeCrmReceiver : IAsyncDisposable
{
    /// <summary>The secret the receiver expects when none is chosen.</summary>
    public const string DefaultSecret = "fake-receiver-secret-0123456789";

    /// <summary>The header the secret is expected in when none is chosen, the connector's default.</summary>
    public const string DefaultSecretHeader = "X-Modular-Secret";

    /// <summary>Where the receiver listens below its root, so that a connector posting to the root instead is caught.</summary>
    public const string EndpointPath = "/hooks/modular-leads";

    private readonly object gate = new();
    private readonly List<FakeReceiverRecord> records = [];
    private readonly List<FakeReceiverReport> reports = [];
    private readonly List<FakeReceiverRequest> requests = [];
    private readonly Dictionary<string, (string Body, ReceiverReply Reply)> answeredKeys = new(StringComparer.Ordinal);
    private readonly Queue<Func<ReceiverReply>> scripted = new();
    private long nextId = 1001;
    private WebApplication? app;

    private FakeCrmReceiver(string secret, string secretHeader)
    {
        Secret = secret;
        SecretHeader = secretHeader;
    }

    /// <summary>The endpoint's URL, for example <c>http://127.0.0.1:41234/hooks/modular-leads</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The secret the <see cref="SecretHeader"/> header must carry.</summary>
    public string Secret { get; }

    /// <summary>The header the secret is expected in.</summary>
    public string SecretHeader { get; }

    /// <summary>
    /// When true, successes carry no body, as a no-code tool's webhook that keeps no ids of its own: the connector then
    /// names the record by the lead's id, which the receiver still finds.
    /// </summary>
    public bool AnswersWithoutIds { get; set; }

    /// <summary>The records as they stand, oldest first.</summary>
    public IReadOnlyList<FakeReceiverRecord> Records
    {
        get { lock (gate) return [.. records]; }
    }

    /// <summary>The reports stored so far, in order.</summary>
    public IReadOnlyList<FakeReceiverReport> Reports
    {
        get { lock (gate) return [.. reports]; }
    }

    /// <summary>Every call so far, in order, whatever was answered.</summary>
    public IReadOnlyList<FakeReceiverRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Starts a receiver on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="secret">The secret to expect; <see cref="DefaultSecret"/> when null.</param>
    /// <param name="secretHeader">The header to expect it in; <see cref="DefaultSecretHeader"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeCrmReceiver> StartAsync(string? secret = null, string? secretHeader = null, CancellationToken cancellationToken = default)
    {
        var receiver = new FakeCrmReceiver(secret ?? DefaultSecret, secretHeader ?? DefaultSecretHeader);
        var app = LoopbackServer.Create();
        app.Run(context => ReceiverRequests.HandleAsync(receiver, context));
        var root = await LoopbackServer.StartAsync(app, cancellationToken);
        receiver.BaseUrl = new Uri(root, EndpointPath.TrimStart('/'));
        receiver.app = app;
        return receiver;
    }

    /// <summary>Adds a record as if the client's system already held it, and returns it.</summary>
    public FakeReceiverRecord AddRecord(string? email, string? phone, string? firstName = null, string? lastName = null)
    {
        lock (gate)
            return Store(new FakeReceiverRecord(NewId("rec"), null, email, phone, firstName, lastName, null, new Dictionary<string, string>()));
    }

    /// <summary>The next <paramref name="calls"/> calls answer 500 and change nothing.</summary>
    public void FailNextWithServerError(int calls = 1) => Script(calls, () => ReceiverReply.Error(500, "The receiver failed."));

    /// <summary>
    /// The next <paramref name="calls"/> calls answer 429 and change nothing, with <c>Retry-After</c> in whole seconds, or
    /// as the HTTP date that far ahead when <paramref name="asHttpDate"/> is true.
    /// </summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter, bool asHttpDate = false) => Script(calls, () =>
    {
        var wait = asHttpDate
            ? DateTimeOffset.UtcNow.Add(retryAfter).ToString("R", CultureInfo.InvariantCulture)
            : ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ReceiverReply(429, new JsonObject { ["error"] = "Too many requests." }, new Dictionary<string, string> { ["Retry-After"] = wait });
    });

    /// <summary>The next call answers 302 to <paramref name="location"/> and changes nothing.</summary>
    public void RedirectNext(Uri location) =>
        Script(1, () => new ReceiverReply(302, null, new Dictionary<string, string> { ["Location"] = location.ToString() }));

    /// <summary>Stops the receiver.</summary>
    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);

    internal object Gate => gate;

    internal void Record(FakeReceiverRequest request)
    {
        lock (gate) requests.Add(request);
    }

    /// <summary>The caller holds the lock, as for every method below.</summary>
    internal ReceiverReply? NextScripted() => scripted.TryDequeue(out var reply) ? reply() : null;

    internal bool TryGetAnswer(string key, out (string Body, ReceiverReply Reply) answered) => answeredKeys.TryGetValue(key, out answered);

    internal void KeepAnswer(string key, string body, ReceiverReply reply) => answeredKeys[key] = (body, reply);

    internal IEnumerable<FakeReceiverRecord> AllRecords => records;

    internal FakeReceiverRecord Store(FakeReceiverRecord record)
    {
        var index = records.FindIndex(r => r.Id == record.Id);
        if (index < 0)
            records.Add(record);
        else
            records[index] = record;
        return record;
    }

    internal FakeReceiverReport AddReport(string recordId, string verdict, int score, string text)
    {
        var report = new FakeReceiverReport(NewId("rep"), recordId, verdict, score, text);
        reports.Add(report);
        return report;
    }

    internal string NewId(string prefix) => $"{prefix}-{nextId++}";

    private void Script(int calls, Func<ReceiverReply> reply)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                scripted.Enqueue(reply);
    }
}
