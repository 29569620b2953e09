namespace Modular.Plugins.Crm.Pipedrive.Tests.Infrastructure;

/// <summary>Connections to a fake Pipedrive and the leads to push into it.</summary>
internal static class Pushes
{
    public static CrmConnection To(FakePipedriveServer pipedrive, string? token = null) =>
        new(pipedrive.BaseUrl, new Dictionary<string, string> { ["apiToken"] = token ?? pipedrive.ApiToken });

    public static CrmLead Jeanne(string? email = "jeanne.dupont@example.fr", string? phone = "+33612345678") =>
        new(Guid.NewGuid(), email, phone, "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["city"] = "Lyon" });
}
