using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>
/// A local stand-in for a Pipedrive company's API on a free loopback port: point a connector's base URL at
/// <see cref="BaseUrl"/>. It checks the API token in the <c>x-api-token</c> header and serves what a connector needs,
/// answered in Pipedrive's envelopes (<c>{"success":true,"data":...}</c>, errors as
/// <c>{"success":false,"error":...,"errorCode":...}</c>): persons through API v2 (<c>GET /api/v2/persons/search</c> by
/// name, email or phone, exact or not; <c>POST /api/v2/persons</c>; <c>GET</c> and <c>PATCH /api/v2/persons/{id}</c>),
/// leads through v1 (<c>GET /api/v1/leads</c> filtered by person and archived status; <c>POST /api/v1/leads</c>), notes
/// (<c>POST /api/v1/notes</c>), the token's user (<c>GET /api/v1/users/me</c>), and deals through v2 (<c>GET
/// /api/v2/deals</c> by status, person and update time, sorted, cursor-paged). Like Pipedrive, it lets several
/// persons share an email, and its search lists the most recently updated first, not the oldest. It records every call
/// and can be told to fail the next calls with 500, or with 429 and the rate-limit headers Pipedrive sends.
/// </summary>
public sealed partial class FakePipedriveServer : IAsyncDisposable
{
    /// <summary>The API token the fake expects when none is chosen (Pipedrive's are 40 hexadecimal characters).</summary>
    public const string DefaultApiToken = "0123456789abcdef0123456789abcdef01234567";

    private readonly object gate = new();
    private readonly Dictionary<long, FakePipedrivePerson> persons = [];
    private readonly List<FakePipedriveLead> leads = [];
    private readonly List<FakePipedriveNote> notes = [];
    private readonly List<FakePipedriveDeal> deals = [];
    private readonly List<FakePipedriveRequest> requests = [];
    private readonly Queue<Func<IResult>> failures = new();
    private long nextId = 101;
    private WebApplication? app;

    private FakePipedriveServer(string apiToken) => ApiToken = apiToken;

    /// <summary>The API root to configure, for example <c>http://127.0.0.1:41234/</c> (a company's is <c>https://acme.pipedrive.com/</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The token the <c>x-api-token</c> header must carry.</summary>
    public string ApiToken { get; }

    /// <summary>The persons as they stand, oldest first.</summary>
    public IReadOnlyList<FakePipedrivePerson> Persons
    {
        get { lock (gate) return [.. persons.Values.OrderBy(p => p.Id)]; }
    }

    /// <summary>The leads created so far, in order.</summary>
    public IReadOnlyList<FakePipedriveLead> Leads
    {
        get { lock (gate) return [.. leads]; }
    }

    /// <summary>The notes created so far, in order.</summary>
    public IReadOnlyList<FakePipedriveNote> Notes
    {
        get { lock (gate) return [.. notes]; }
    }

    /// <summary>The deals added so far, in order.</summary>
    public IReadOnlyList<FakePipedriveDeal> Deals
    {
        get { lock (gate) return [.. deals]; }
    }

    /// <summary>Every call so far, in order, whatever was answered.</summary>
    public IReadOnlyList<FakePipedriveRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Starts a fake on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="apiToken">The token to expect; <see cref="DefaultApiToken"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakePipedriveServer> StartAsync(string? apiToken = null, CancellationToken cancellationToken = default)
    {
        var server = new FakePipedriveServer(apiToken ?? DefaultApiToken);
        var app = LoopbackServer.Create();
        PipedriveEndpoints.Map(app, server);
        server.BaseUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        server.app = app;
        return server;
    }

    /// <summary>Adds a person as if someone had created it in Pipedrive, and returns it; the email may already be taken.</summary>
    public FakePipedrivePerson AddPerson(string name, string? email = null, string? phone = null)
    {
        FakePipedriveEntry[] emails = email is null ? [] : [new(email, true, "work")];
        FakePipedriveEntry[] phones = phone is null ? [] : [new(phone, true, "mobile")];
        lock (gate)
            return CreatePerson(name, emails, phones);
    }

    /// <summary>Adds a lead linked to a person as if someone had created it in Pipedrive, and returns it.</summary>
    public FakePipedriveLead AddLead(long personId, string title, bool isArchived = false)
    {
        lock (gate)
            return CreateLead(title, personId, isArchived);
    }

    /// <summary>
    /// Adds a deal as if a salesperson had created it in Pipedrive and, unless it is open, marked it won or lost at
    /// <paramref name="decidedAt"/>, which is then also its last update. Times are kept to the second, as Pipedrive keeps them.
    /// </summary>
    /// <param name="personId">The person it is linked to, or null for a deal linked to an organization only.</param>
    /// <param name="status"><c>open</c>, <c>won</c> or <c>lost</c>.</param>
    /// <param name="value">Its value in the currency's major unit (<c>1234.5</c> euros), or null when none was entered.</param>
    /// <param name="currency">ISO 4217 code of <paramref name="value"/>.</param>
    /// <param name="decidedAt">When it was won or lost; required unless open, and now for an open deal when null.</param>
    public FakePipedriveDeal AddDeal(long? personId, string status, decimal? value, string currency, DateTimeOffset? decidedAt = null)
    {
        if (status is not ("open" or "won" or "lost"))
            throw new ArgumentException("A deal is open, won or lost.", nameof(status));
        if (status != "open" && decidedAt is null)
            throw new ArgumentException("A won or lost deal needs the time it was decided.", nameof(decidedAt));
        var updated = ToSecond(decidedAt ?? DateTimeOffset.UtcNow);
        lock (gate)
        {
            var id = nextId++;
            var deal = new FakePipedriveDeal(id, $"Deal {id}", personId, status, value, currency, updated, updated,
                status == "won" ? updated : null, status == "lost" ? updated : null);
            deals.Add(deal);
            return deal;
        }
    }

    /// <summary>The next <paramref name="calls"/> calls answer 500 and change nothing.</summary>
    public void FailNextWithServerError(int calls = 1) => Script(calls, PipedriveErrors.ServerError);

    /// <summary>
    /// The next <paramref name="calls"/> calls answer 429 with <c>x-ratelimit-reset</c> set to <paramref name="wait"/>
    /// in whole seconds, and <c>Retry-After</c> too unless <paramref name="sendRetryAfter"/> is false; they change nothing.
    /// </summary>
    public void RateLimitNext(int calls, TimeSpan wait, bool sendRetryAfter = true) => Script(calls, () => PipedriveErrors.RateLimited(wait, sendRetryAfter));

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);

    internal object Gate => gate;

    internal IResult? NextFailure()
    {
        lock (gate)
            return failures.TryDequeue(out var failure) ? failure() : null;
    }

    internal void Record(FakePipedriveRequest request)
    {
        lock (gate) requests.Add(request);
    }

    /// <summary>The caller holds the lock, as for every method below.</summary>
    internal FakePipedrivePerson? FindPerson(long id) => persons.GetValueOrDefault(id);

    internal IEnumerable<FakePipedrivePerson> AllPersons => persons.Values;

    internal IEnumerable<FakePipedriveLead> AllLeads => leads;

    internal IEnumerable<FakePipedriveDeal> AllDeals => deals;

    internal FakePipedrivePerson CreatePerson(
        string name, IReadOnlyList<FakePipedriveEntry> emails, IReadOnlyList<FakePipedriveEntry> phones, IReadOnlyDictionary<string, string>? customFields = null)
    {
        var now = DateTimeOffset.UtcNow;
        var (first, last) = SplitName(name);
        var person = new FakePipedrivePerson(nextId++, name, first, last, emails, phones, now, now) { CustomFields = customFields ?? new Dictionary<string, string>() };
        return persons[person.Id] = person;
    }

    /// <summary>
    /// Writes the given fields; a list given replaces the person's whole list, as Pipedrive does, while custom fields
    /// given are written one by one over the others.
    /// </summary>
    internal FakePipedrivePerson UpdatePerson(
        long id, string? name, IReadOnlyList<FakePipedriveEntry>? emails, IReadOnlyList<FakePipedriveEntry>? phones, IReadOnlyDictionary<string, string>? customFields = null)
    {
        var person = persons[id];
        var (first, last) = name is null ? (person.FirstName, person.LastName) : SplitName(name);
        var custom = new Dictionary<string, string>(person.CustomFields);
        foreach (var (key, value) in customFields ?? new Dictionary<string, string>())
            custom[key] = value;
        return persons[id] = person with
        {
            Name = name ?? person.Name, FirstName = first, LastName = last,
            Emails = emails ?? person.Emails, Phones = phones ?? person.Phones, CustomFields = custom, UpdateTime = DateTimeOffset.UtcNow,
        };
    }

    internal FakePipedriveLead CreateLead(string title, long personId, bool isArchived = false)
    {
        var lead = new FakePipedriveLead(Guid.NewGuid().ToString(), title, personId, isArchived, DateTimeOffset.UtcNow);
        leads.Add(lead);
        return lead;
    }

    internal FakePipedriveNote CreateNote(string content, long? personId, string? leadId)
    {
        var note = new FakePipedriveNote(nextId++, content, personId, leadId, DateTimeOffset.UtcNow);
        notes.Add(note);
        return note;
    }

    private static DateTimeOffset ToSecond(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    // Pipedrive derives the first name from the name's first word and the last name from the rest.
    private static (string? First, string? Last) SplitName(string name)
    {
        var parts = name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1));
    }

    private void Script(int calls, Func<IResult> failure)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                failures.Enqueue(failure);
    }
}
