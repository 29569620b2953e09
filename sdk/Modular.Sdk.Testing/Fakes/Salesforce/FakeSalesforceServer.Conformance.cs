using Modular.Sdk.Testing.Crm;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

// The fake's leads and tasks in the shape the connector conformance kit reads.
public sealed partial class FakeSalesforceServer : ICrmFakeServer
{
    IReadOnlyDictionary<string, string> ICrmFakeServer.AcceptedSettings => new Dictionary<string, string> { ["accessToken"] = AccessToken };

    IReadOnlyDictionary<string, string> ICrmFakeServer.RefusedSettings => new Dictionary<string, string> { ["accessToken"] = RefusedAccessToken };

    IReadOnlyList<string> ICrmFakeServer.Secrets => [AccessToken, RefusedAccessToken];

    IReadOnlyList<CrmFakeRecord> ICrmFakeServer.Records => [.. Leads.Select(l => new CrmFakeRecord(l.Id, l.Email, l.Phone, l.FirstName, l.LastName))];

    // A task's subject and comments together are the report as a sales rep reads it.
    IReadOnlyList<CrmFakeReport> ICrmFakeServer.Reports =>
        [.. Tasks.Where(t => t.WhoId is not null).Select(t => new CrmFakeReport(t.WhoId!, $"{t.Subject}\n{t.Description}"))];

    int ICrmFakeServer.RequestCount => Requests.Count;

    // A token of the right shape whose session this fake treats as expired.
    private string RefusedAccessToken => $"{AccessToken}Expired";

    string ICrmFakeServer.AddRecord(string? email, string? phone, string lastName)
    {
        var fields = new Dictionary<string, string> { ["LastName"] = lastName, ["Company"] = "Added in Salesforce" };
        if (email is not null)
            fields["Email"] = email;
        if (phone is not null)
            fields["Phone"] = phone;
        return AddLead(fields).Id;
    }
}
