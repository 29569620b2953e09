namespace Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

/// <summary>Connections to a fake Salesforce and leads to push into it.</summary>
internal static class Leads
{
    public static CrmConnection To(FakeSalesforceServer salesforce, string? token = null, string? apiVersion = null)
    {
        var settings = new Dictionary<string, string> { ["accessToken"] = token ?? salesforce.AccessToken };
        if (apiVersion is not null)
            settings["apiVersion"] = apiVersion;
        return new CrmConnection(salesforce.BaseUrl, settings);
    }

    public static CrmLead Jeanne(string? email = "jeanne.dupont@example.fr", string? phone = "+33612345678") =>
        new(Guid.NewGuid(), email, phone, "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["City"] = "Lyon" });

    /// <summary>A lead as someone entered it in Salesforce, with the fields it requires.</summary>
    public static Dictionary<string, string> InSalesforce(string email, string lastName = "Existing", string company = "Existing Co") =>
        new() { ["Email"] = email, ["LastName"] = lastName, ["Company"] = company };
}
