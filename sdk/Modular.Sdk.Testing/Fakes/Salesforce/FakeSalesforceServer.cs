using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>
/// A local stand-in for a Salesforce org's REST API on a free loopback port: point a connector's base URL (the org's
/// instance URL) at <see cref="BaseUrl"/>. It checks the Bearer access token (401 <c>INVALID_SESSION_ID</c> otherwise)
/// and serves, under <c>/services/data/vXX.X/</c> for any version of that shape, what a lead connector needs: a SOQL
/// subset to find leads (<c>query?q=SELECT Id FROM Lead WHERE Email|Phone = '…' [AND IsConverted = false]
/// [ORDER BY CreatedDate] [LIMIT n]</c>, string comparison without regard to case as SOQL does, 400
/// <c>MALFORMED_QUERY</c> for anything else), the Lead object's basic information, and creating (<c>LastName</c> and
/// <c>Company</c> required), reading and updating leads and creating tasks, with Salesforce's JSON shapes and error
/// arrays. It records every call, can run a duplicate rule on lead emails (<see cref="DuplicateRuleOnEmail"/>), and
/// can be told to fail the next calls with 500, with 429 and <c>Retry-After</c>, or with the 403
/// <c>REQUEST_LIMIT_EXCEEDED</c> Salesforce answers when the org's daily API allowance is spent.
/// </summary>
public sealed partial class FakeSalesforceServer : IAsyncDisposable
{
    /// <summary>The access token the fake expects when none is chosen, shaped like a Salesforce session id.</summary>
    public const string DefaultAccessToken = "00DFAKE00000001!AQ0AQFakeSessionToken.0123456789";

    private readonly object gate = new();
    private readonly List<FakeSalesforceLead> leads = [];
    private readonly List<FakeSalesforceTask> tasks = [];
    private readonly List<FakeSalesforceRequest> requests = [];
    private readonly Queue<Func<IResult>> failures = new();
    private long nextRecord = 1;
    private WebApplication? app;

    private FakeSalesforceServer(string accessToken) => AccessToken = accessToken;

    /// <summary>The instance URL to configure, for example <c>http://127.0.0.1:41234/</c> (an org's is <c>https://yourorg.my.salesforce.com/</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The token <c>Authorization: Bearer</c> must carry.</summary>
    public string AccessToken { get; }

    /// <summary>
    /// When true, the org has an active duplicate rule on leads that alerts when a saved lead's email is already held by
    /// another lead: the save is refused with <c>DUPLICATES_DETECTED</c> unless the request's
    /// <c>Sforce-Duplicate-Rule-Header</c> says <c>allowSave=true</c> (Salesforce's default is false).
    /// </summary>
    public bool DuplicateRuleOnEmail { get; set; }

    /// <summary>The leads as they stand, oldest first.</summary>
    public IReadOnlyList<FakeSalesforceLead> Leads
    {
        get { lock (gate) return [.. leads]; }
    }

    /// <summary>The tasks created so far, in order.</summary>
    public IReadOnlyList<FakeSalesforceTask> Tasks
    {
        get { lock (gate) return [.. tasks]; }
    }

    /// <summary>Every call so far, in order, whatever was answered.</summary>
    public IReadOnlyList<FakeSalesforceRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Starts a fake on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="accessToken">The token to expect; <see cref="DefaultAccessToken"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeSalesforceServer> StartAsync(string? accessToken = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeSalesforceServer(accessToken ?? DefaultAccessToken);
        var app = LoopbackServer.Create();
        SalesforceEndpoints.Map(app, server);
        server.BaseUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        server.app = app;
        return server;
    }

    /// <summary>
    /// Adds a lead as if someone had created it in Salesforce, without the API's checks, and returns it.
    /// </summary>
    /// <param name="fields">Its fields by API name.</param>
    /// <param name="isConverted">Whether it has already been converted into a contact.</param>
    public FakeSalesforceLead AddLead(IReadOnlyDictionary<string, string> fields, bool isConverted = false)
    {
        lock (gate)
            return CreateLead(new Dictionary<string, string>(fields, StringComparer.OrdinalIgnoreCase), isConverted);
    }

    /// <summary>The next <paramref name="calls"/> calls answer 500 <c>UNKNOWN_EXCEPTION</c> and change nothing.</summary>
    public void FailNextWithServerError(int calls = 1) => Script(calls, SalesforceResults.ServerError);

    /// <summary>The next <paramref name="calls"/> calls answer 429 with <c>Retry-After</c> in whole seconds, and change nothing.</summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter) => Script(calls, () => SalesforceResults.RateLimited(retryAfter));

    /// <summary>The next <paramref name="calls"/> calls answer 403 <c>REQUEST_LIMIT_EXCEEDED</c>, as when the org's daily allowance is spent, and change nothing.</summary>
    public void ExceedDailyApiLimitNext(int calls = 1) => Script(calls, SalesforceResults.DailyLimitExceeded);

    internal object Gate => gate;

    internal IResult? NextFailure()
    {
        lock (gate)
            return failures.TryDequeue(out var failure) ? failure() : null;
    }

    internal void Record(FakeSalesforceRequest request)
    {
        lock (gate) requests.Add(request);
    }

    /// <summary>Creates a lead with Salesforce's defaults; the caller holds the lock.</summary>
    internal FakeSalesforceLead CreateLead(Dictionary<string, string> fields, bool isConverted = false)
    {
        fields.TryAdd("Status", "Open - Not Contacted");
        var now = DateTimeOffset.UtcNow;
        var lead = new FakeSalesforceLead(SalesforceIds.Next(SalesforceIds.LeadPrefix, nextRecord++), fields, isConverted, now, now);
        leads.Add(lead);
        return lead;
    }

    /// <summary>Overwrites the given fields of a lead that exists (a null value clears the field); the caller holds the lock.</summary>
    internal void UpdateLead(FakeSalesforceLead lead, IReadOnlyDictionary<string, string?> changes)
    {
        var fields = new Dictionary<string, string>(lead.Fields, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
            if (value is null)
                fields.Remove(name);
            else
                fields[name] = value;
        leads[leads.IndexOf(lead)] = lead with { Fields = fields, LastModifiedDate = DateTimeOffset.UtcNow };
    }

    internal FakeSalesforceLead? FindLead(string id) => leads.FirstOrDefault(l => l.Id == id);

    /// <summary>The leads as they stand; the caller holds the lock.</summary>
    internal IReadOnlyList<FakeSalesforceLead> LeadsHeld => leads;

    internal FakeSalesforceTask CreateTask(Dictionary<string, string> fields)
    {
        fields.TryAdd("Status", "Not Started");
        fields.TryAdd("Priority", "Normal");
        var task = new FakeSalesforceTask(SalesforceIds.Next(SalesforceIds.TaskPrefix, nextRecord++), fields);
        tasks.Add(task);
        return task;
    }

    private void Script(int calls, Func<IResult> failure)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                failures.Enqueue(failure);
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
