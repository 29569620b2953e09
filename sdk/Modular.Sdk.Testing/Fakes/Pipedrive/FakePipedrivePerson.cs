namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>A person as the fake holds it.</summary>
/// <param name="Id">Pipedrive's id: a number that grows as persons are created.</param>
/// <param name="Name">The full name.</param>
/// <param name="FirstName">The first word of the name, as Pipedrive derives it.</param>
/// <param name="LastName">The rest of the name, or null for a one-word name.</param>
/// <param name="Emails">Its emails; Pipedrive allows the same email on several persons.</param>
/// <param name="Phones">Its phones.</param>
/// <param name="AddTime">When it was created.</param>
/// <param name="UpdateTime">When it was last written.</param>
public sealed record FakePipedrivePerson(
    long Id, string Name, string? FirstName, string? LastName, IReadOnlyList<FakePipedriveEntry> Emails, IReadOnlyList<FakePipedriveEntry> Phones,
    DateTimeOffset AddTime, DateTimeOffset UpdateTime)
{
    /// <summary>Custom field values by the field's key (Pipedrive's 40-character hash), as last written.</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();

    /// <summary>The primary email (the first one when none is marked primary), or null.</summary>
    public string? Email => Primary(Emails);

    /// <summary>The primary phone (the first one when none is marked primary), or null.</summary>
    public string? Phone => Primary(Phones);

    private static string? Primary(IReadOnlyList<FakePipedriveEntry> entries) => (entries.FirstOrDefault(e => e.Primary) ?? entries.FirstOrDefault())?.Value;
}
