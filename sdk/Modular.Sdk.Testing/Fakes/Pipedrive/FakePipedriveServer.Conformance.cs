using Modular.Sdk.Testing.Crm;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

// The fake's persons and notes in the shape the connector conformance kit reads.
public sealed partial class FakePipedriveServer : ICrmFakeServer
{
    IReadOnlyDictionary<string, string> ICrmFakeServer.AcceptedSettings => new Dictionary<string, string> { ["apiToken"] = ApiToken };

    IReadOnlyDictionary<string, string> ICrmFakeServer.RefusedSettings => new Dictionary<string, string> { ["apiToken"] = RefusedApiToken };

    IReadOnlyList<string> ICrmFakeServer.Secrets => [ApiToken, RefusedApiToken];

    IReadOnlyList<CrmFakeRecord> ICrmFakeServer.Records =>
        [.. Persons.Select(p => new CrmFakeRecord(p.Id.ToString(), p.Email, p.Phone, p.FirstName, p.LastName))];

    IReadOnlyList<CrmFakeReport> ICrmFakeServer.Reports =>
        [.. Notes.Where(n => n.PersonId is not null).Select(n => new CrmFakeReport(n.PersonId!.Value.ToString(), n.Content))];

    int ICrmFakeServer.RequestCount => Requests.Count;

    // A token of the right shape that this fake never accepts: the expected one with its last character changed.
    private string RefusedApiToken => ApiToken[..^1] + (ApiToken[^1] == '0' ? '1' : '0');

    // The kit names the family name only; Pipedrive keeps it as the person's name.
    string ICrmFakeServer.AddRecord(string? email, string? phone, string lastName) => AddPerson(lastName, email, phone).Id.ToString();

    void ICrmFakeServer.RateLimitNext(int calls, TimeSpan retryAfter) => RateLimitNext(calls, retryAfter);
}
