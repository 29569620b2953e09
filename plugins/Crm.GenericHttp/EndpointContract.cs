namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// What the client's endpoint receives and must answer: the contract a client's developer implements.
/// <list type="bullet">
/// <item>Every call is <c>POST</c> to the connection's base URL, which is the endpoint's full URL, with a JSON body
/// (<c>Content-Type: application/json; charset=utf-8</c>), the <c>secret</c> credential in the header named by the
/// <c>secretHeader</c> setting (<c>X-Modular-Secret</c> by default; <c>Authorization</c> with a secret of
/// <c>Bearer …</c> works too), and <c>X-Modular-Event</c>: <c>ping</c>, <c>lead.upsert</c> or <c>lead.report</c>.
/// The endpoint should refuse a wrong secret with 401 or 403, on every event including <c>ping</c>.</item>
/// <item><c>lead.upsert</c>: create or update the lead's record, matched by email (then phone, when it has no email).
/// Default body: <c>{"event":"lead.upsert","lead":{"id","email","phone","firstName","lastName","company","attributes":{…}}}</c>,
/// a missing value as null; the attributes are the fields the client mapped, named as it chose. Answer 201 when a record
/// was created, 200, 202 or 204 when one was updated, with an optional body <c>{"id":"…"}</c> (a string or a number of at
/// most 200 characters): the record's id, which the report names. Without an id, the record id is the lead's id.</item>
/// <item><c>lead.report</c>: attach the qualification report to the record. Default body:
/// <c>{"event":"lead.report","recordId","verdict","score","text"}</c>, the score a number from 0 to 100. Answer 2xx,
/// optionally with <c>{"id":"…"}</c>, the report's id.</item>
/// <item><c>ping</c> (the connection test): body <c>{"event":"ping"}</c>; answer 2xx when the secret is right.</item>
/// <item><c>Idempotency-Key</c> comes with every upsert and report: <c>&lt;lead id&gt;/upsert/&lt;hash&gt;</c> and
/// <c>&lt;record id&gt;/report/&lt;hash&gt;</c>, the hash taken over the body. A retry of a call whose answer was lost
/// carries the same key and body, so the endpoint should answer a key it has already seen with its first answer and
/// write nothing; a later push of the same lead with new data carries a new key.</item>
/// <item>Failures: 429 and 503 may carry <c>Retry-After</c> (seconds or an HTTP date), 408, 429 and 5xx are retried later,
/// 409 reports a conflicting record, any other 4xx is a refusal a retry cannot fix (its body's first 200 characters are
/// shown to the client), and a 3xx is a failure: redirects are not followed.</item>
/// </list>
/// </summary>
internal static class EndpointContract
{
    public const string EventHeader = "X-Modular-Event";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string DefaultSecretHeader = "X-Modular-Secret";

    public const string PingEvent = "ping";
    public const string UpsertEvent = "lead.upsert";
    public const string ReportEvent = "lead.report";

    /// <summary>The longest record id the platform keeps.</summary>
    public const int MaxIdLength = 200;
}
