namespace Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;

/// <summary>Connections to a fake HubSpot and leads to push into it.</summary>
internal static class Leads
{
    public static CrmConnection To(FakeHubSpotServer hubspot, string? token = null) =>
        new(hubspot.BaseUrl, new Dictionary<string, string> { ["accessToken"] = token ?? hubspot.AccessToken });

    public static CrmLead Jeanne(string? email = "jeanne.dupont@example.fr", string? phone = "+33612345678") =>
        new(Guid.NewGuid(), email, phone, "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["city"] = "Lyon" });
}
