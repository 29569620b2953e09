using Modular.Sdk.Testing.Crm;

namespace Modular.Sdk.Testing.Fakes.HubSpot;

// The fake's contacts and notes in the shape the connector conformance kit reads.
public sealed partial class FakeHubSpotServer : ICrmFakeServer
{
    IReadOnlyDictionary<string, string> ICrmFakeServer.AcceptedSettings => new Dictionary<string, string> { ["accessToken"] = AccessToken };

    IReadOnlyDictionary<string, string> ICrmFakeServer.RefusedSettings => new Dictionary<string, string> { ["accessToken"] = RefusedAccessToken };

    IReadOnlyList<string> ICrmFakeServer.Secrets => [AccessToken, RefusedAccessToken];

    IReadOnlyList<CrmFakeRecord> ICrmFakeServer.Records =>
        [.. Contacts.Select(c => new CrmFakeRecord(c.Id, c.Email, c.Properties.GetValueOrDefault("phone"),
            c.Properties.GetValueOrDefault("firstname"), c.Properties.GetValueOrDefault("lastname")))];

    IReadOnlyList<CrmFakeReport> ICrmFakeServer.Reports => [.. Notes.SelectMany(n => n.ContactIds.Select(id => new CrmFakeReport(id, n.Body)))];

    int ICrmFakeServer.RequestCount => Requests.Count;

    // A token of the right shape that this fake never accepts.
    private string RefusedAccessToken => $"{AccessToken}-revoked";

    string ICrmFakeServer.AddRecord(string? email, string? phone, string lastName)
    {
        var properties = new Dictionary<string, string> { ["lastname"] = lastName };
        if (email is not null)
            properties["email"] = email;
        if (phone is not null)
            properties["phone"] = phone;
        return AddContact(properties).Id;
    }
}
