namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>A lead to push: each call makes another lead of the same person.</summary>
internal static class Leads
{
    public static CrmLead Jeanne() =>
        new(Guid.NewGuid(), "jeanne.dupont@example.fr", "+33612345678", "Jeanne", "Dupont", "Dupont SARL", new Dictionary<string, string> { ["city"] = "Lyon" });
}
