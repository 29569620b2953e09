namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>A Lead as the fake holds it.</summary>
/// <param name="Id">Salesforce's 18-character record id, starting with the Lead prefix <c>00Q</c>.</param>
/// <param name="Fields">Field values by API name (<c>Email</c>, <c>LastName</c>, custom <c>…__c</c>), as last written; names compare without regard to case, as Salesforce's do.</param>
/// <param name="IsConverted">Whether the lead was converted into a contact; Salesforce refuses to update a converted lead.</param>
/// <param name="CreatedDate">When the record was created.</param>
/// <param name="LastModifiedDate">When it was last written.</param>
public sealed record FakeSalesforceLead(string Id, IReadOnlyDictionary<string, string> Fields, bool IsConverted, DateTimeOffset CreatedDate, DateTimeOffset LastModifiedDate)
{
    /// <summary>The lead's email.</summary>
    public string? Email => Fields.GetValueOrDefault("Email");

    /// <summary>The lead's phone.</summary>
    public string? Phone => Fields.GetValueOrDefault("Phone");

    /// <summary>The lead's given name.</summary>
    public string? FirstName => Fields.GetValueOrDefault("FirstName");

    /// <summary>The lead's family name, required by Salesforce.</summary>
    public string? LastName => Fields.GetValueOrDefault("LastName");

    /// <summary>The lead's company, required by Salesforce.</summary>
    public string? Company => Fields.GetValueOrDefault("Company");
}
