namespace Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;

/// <summary>Connections to a fake receiver and the leads to push into it.</summary>
internal static class Pushes
{
    /// <summary>A connection with the receiver's secret (or <paramref name="secret"/>) in its header, and any other settings.</summary>
    public static CrmConnection To(FakeCrmReceiver receiver, string? secret = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["secret"] = secret ?? receiver.Secret,
            ["secretHeader"] = receiver.SecretHeader,
        };
        return new CrmConnection(receiver.BaseUrl, all);
    }

    public static CrmLead Jeanne(string? email = "jeanne.dupont@example.fr", string? phone = "+33612345678") =>
        new(Guid.NewGuid(), email, phone, "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["city"] = "Lyon" });
}
