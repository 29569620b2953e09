using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>
/// A local stand-in for HubSpot's CRM API on a free loopback port: point a connector's base URL at <see cref="BaseUrl"/>.
/// It checks the private app's Bearer token and serves what a connector needs: contacts upserted in batches by email
/// (<c>POST /crm/v3/objects/contacts/batch/upsert</c>, emails unique and lower-cased as HubSpot keeps them), notes
/// associated with contacts (<c>POST /crm/v3/objects/notes</c>), searching (<c>EQ</c>, <c>NEQ</c> and the range
/// operators on numbers and dates, one sort, <c>after</c> paging capped at 10,000 results), creating (409 for an email
/// it already holds), reading, updating and deleting single contacts. Like HubSpot, it keeps <c>createdate</c>,
/// <c>lastmodifieddate</c> and <c>hs_object_id</c> as properties of every contact. It records every
/// call and can be told to fail the next calls with 500 or with 429 and <c>Retry-After</c>, as HubSpot does when a
/// private app goes over its rate limit.
/// </summary>
public sealed partial class FakeHubSpotServer : IAsyncDisposable
{
    /// <summary>The private app token the fake expects when none is chosen.</summary>
    public const string DefaultAccessToken = "pat-eu1-fake-0123456789";

    private readonly object gate = new();
    private readonly Dictionary<string, FakeHubSpotContact> contacts = [];
    private readonly List<FakeHubSpotNote> notes = [];
    private readonly List<FakeHubSpotRequest> requests = [];
    private readonly Queue<Func<IResult>> failures = new();
    private long nextId = 1001;
    private WebApplication? app;

    private FakeHubSpotServer(string accessToken) => AccessToken = accessToken;

    /// <summary>The API root to configure, for example <c>http://127.0.0.1:41234/</c> (HubSpot's is <c>https://api.hubapi.com/</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The token <c>Authorization: Bearer</c> must carry.</summary>
    public string AccessToken { get; }

    /// <summary>The contacts as they stand, oldest first.</summary>
    public IReadOnlyList<FakeHubSpotContact> Contacts
    {
        get { lock (gate) return [.. contacts.Values.OrderBy(c => long.Parse(c.Id))]; }
    }

    /// <summary>The notes created so far, in order.</summary>
    public IReadOnlyList<FakeHubSpotNote> Notes
    {
        get { lock (gate) return [.. notes]; }
    }

    /// <summary>Every call so far, in order, whatever was answered.</summary>
    public IReadOnlyList<FakeHubSpotRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Starts a fake on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="accessToken">The token to expect; <see cref="DefaultAccessToken"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeHubSpotServer> StartAsync(string? accessToken = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeHubSpotServer(accessToken ?? DefaultAccessToken);
        var app = LoopbackServer.Create();
        HubSpotEndpoints.Map(app, server);
        server.BaseUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        server.app = app;
        return server;
    }

    /// <summary>Adds a contact as if someone had created it in HubSpot, and returns it.</summary>
    /// <param name="properties">Its properties by internal name.</param>
    /// <param name="createdAt">Its <c>createdate</c>, kept to the millisecond as HubSpot does; now when null.</param>
    public FakeHubSpotContact AddContact(IReadOnlyDictionary<string, string> properties, DateTimeOffset? createdAt = null)
    {
        lock (gate)
            return Upsert(properties.GetValueOrDefault("email"), properties, createdAt).Contact;
    }

    /// <summary>The next <paramref name="calls"/> calls answer 500.</summary>
    public void FailNextWithServerError(int calls = 1) => Script(calls, HubSpotErrors.ServerError);

    /// <summary>The next <paramref name="calls"/> calls answer 429 with <c>Retry-After</c> in whole seconds, and change nothing.</summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter) => Script(calls, () => HubSpotErrors.RateLimited(retryAfter));

    internal IResult? NextFailure()
    {
        lock (gate)
            return failures.TryDequeue(out var failure) ? failure() : null;
    }

    internal void Record(FakeHubSpotRequest request)
    {
        lock (gate) requests.Add(request);
    }

    /// <summary>Creates or updates the contact with this email; the caller holds the lock.</summary>
    internal (FakeHubSpotContact Contact, bool IsNew) Upsert(string? email, IReadOnlyDictionary<string, string> properties, DateTimeOffset? createdAt = null)
    {
        var now = HubSpotDates.ToMillisecond(DateTimeOffset.UtcNow);
        var key = email?.Trim().ToLowerInvariant();
        var existing = key is null ? null : contacts.Values.FirstOrDefault(c => c.Email == key);
        var merged = new Dictionary<string, string>(existing?.Properties ?? new Dictionary<string, string>());
        foreach (var (name, value) in properties)
            merged[name] = value;
        if (key is not null)
            merged["email"] = key;
        var contact = existing is null
            ? new FakeHubSpotContact((nextId++).ToString(), merged, HubSpotDates.ToMillisecond(createdAt ?? now), now)
            : existing with { Properties = merged, UpdatedAt = now };
        contacts[contact.Id] = contact = WithSystemProperties(contact);
        return (contact, existing is null);
    }

    /// <summary>Overwrites the given properties of a contact that exists; the caller holds the lock.</summary>
    internal FakeHubSpotContact Update(string id, IReadOnlyDictionary<string, string> properties)
    {
        var existing = contacts[id];
        var merged = new Dictionary<string, string>(existing.Properties);
        foreach (var (name, value) in properties)
            merged[name] = name == "email" ? value.Trim().ToLowerInvariant() : value;
        return contacts[id] = WithSystemProperties(existing with { Properties = merged, UpdatedAt = HubSpotDates.ToMillisecond(DateTimeOffset.UtcNow) });
    }

    // HubSpot sets these itself and shows them among the properties; what a caller writes to them is not kept.
    private static FakeHubSpotContact WithSystemProperties(FakeHubSpotContact contact) => contact with
    {
        Properties = new Dictionary<string, string>(contact.Properties)
        {
            ["createdate"] = HubSpotDates.Format(contact.CreatedAt),
            ["lastmodifieddate"] = HubSpotDates.Format(contact.UpdatedAt),
            ["hs_object_id"] = contact.Id,
        },
    };

    internal FakeHubSpotNote AddNote(string body, DateTimeOffset timestamp, IReadOnlyList<string> contactIds)
    {
        var note = new FakeHubSpotNote((nextId++).ToString(), body, timestamp, contactIds);
        notes.Add(note);
        return note;
    }

    internal FakeHubSpotContact? Find(string id) => contacts.GetValueOrDefault(id);

    internal bool Delete(string id) => contacts.Remove(id);

    internal object Gate => gate;

    private void Script(int calls, Func<IResult> failure)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                failures.Enqueue(failure);
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
