using Modular.Sdk.Testing.Crm;

namespace Modular.Sdk.Testing.Fakes.GenericHttp;

// The receiver's records and reports in the shape the connector conformance kit reads.
public sealed partial class FakeCrmReceiver : ICrmFakeServer
{
    IReadOnlyDictionary<string, string> ICrmFakeServer.AcceptedSettings => SettingsWith(Secret);

    IReadOnlyDictionary<string, string> ICrmFakeServer.RefusedSettings => SettingsWith(RefusedSecret);

    IReadOnlyList<string> ICrmFakeServer.Secrets => [Secret, RefusedSecret];

    IReadOnlyList<CrmFakeRecord> ICrmFakeServer.Records =>
        [.. Records.Select(r => new CrmFakeRecord(r.Id, r.Email, r.Phone, r.FirstName, r.LastName))];

    // The receiver keeps the verdict and score apart from the text; the kit reads one text holding all three.
    IReadOnlyList<CrmFakeReport> ICrmFakeServer.Reports =>
        [.. Reports.Select(r => new CrmFakeReport(r.RecordId, $"{r.Verdict}, score {r.Score}\n{r.Text}"))];

    int ICrmFakeServer.RequestCount => Requests.Count;

    // A secret of the same shape that this receiver never accepts.
    private string RefusedSecret => $"{Secret}-revoked";

    string ICrmFakeServer.AddRecord(string? email, string? phone, string lastName) => AddRecord(email, phone, lastName: lastName).Id;

    void ICrmFakeServer.RateLimitNext(int calls, TimeSpan retryAfter) => RateLimitNext(calls, retryAfter);

    private Dictionary<string, string> SettingsWith(string secret) => new() { ["secret"] = secret, ["secretHeader"] = SecretHeader };
}
