using Microsoft.AspNetCore.Http;
using Modular.Sdk.Testing.Crm;

namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

// The fake as the conformance kit sees it: its settings, and its contacts and notes in the shape common to every CRM.
internal sealed partial class FakeSampleCrm : ICrmFakeServer
{
    public IReadOnlyDictionary<string, string> AcceptedSettings => new Dictionary<string, string> { ["apiKey"] = ApiKey };

    public IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string> { ["apiKey"] = RevokedApiKey };

    public IReadOnlyList<string> Secrets => [ApiKey, RevokedApiKey];

    IReadOnlyList<CrmFakeRecord> ICrmFakeServer.Records => [.. Contacts.Select(c => new CrmFakeRecord(c.Id, c.Email, c.Phone, c.FirstName, c.LastName))];

    IReadOnlyList<CrmFakeReport> ICrmFakeServer.Reports => [.. Notes.Select(n => new CrmFakeReport(n.ContactId, n.Text))];

    int ICrmFakeServer.RequestCount => Requests.Count;

    string ICrmFakeServer.AddRecord(string? email, string? phone, string lastName) =>
        Create(new FakeContact("", email, phone, null, lastName, null, new Dictionary<string, string>()))!.Id;

    public void FailNextWithServerError(int calls = 1) => AnswerNext(calls, () => SampleCrmEndpoints.Error(500, "Internal error"));

    public void RateLimitNext(int calls, TimeSpan retryAfter) => AnswerNext(calls, () => new RateLimited(retryAfter));

    /// <summary>Sample CRM's 429: the wait in whole seconds in <c>Retry-After</c>.</summary>
    private sealed class RateLimited(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status429TooManyRequests;

        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return SampleCrmEndpoints.Error(429, "Too many requests").ExecuteAsync(context);
        }
    }
}
