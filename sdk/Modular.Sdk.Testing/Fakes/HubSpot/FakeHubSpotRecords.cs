namespace Modular.Sdk.Testing.Fakes.HubSpot;

/// <summary>A contact as the fake holds it.</summary>
/// <param name="Id">HubSpot's record id (digits, as a string).</param>
/// <param name="Properties">Property values by internal name (<c>email</c>, <c>firstname</c>, …), as last written.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record FakeHubSpotContact(string Id, IReadOnlyDictionary<string, string> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The contact's email, HubSpot's unique key for contacts.</summary>
    public string? Email => Properties.GetValueOrDefault("email");
}

/// <summary>A note (engagement) as the fake holds it.</summary>
/// <param name="Id">HubSpot's record id.</param>
/// <param name="Body">The <c>hs_note_body</c> property.</param>
/// <param name="Timestamp">The <c>hs_timestamp</c> property: when the activity happened.</param>
/// <param name="ContactIds">The contacts it is associated with (association type 202, note to contact).</param>
public sealed record FakeHubSpotNote(string Id, string Body, DateTimeOffset Timestamp, IReadOnlyList<string> ContactIds);

/// <summary>One call the fake received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="Body">The raw request body.</param>
/// <param name="StatusCode">What the fake answered.</param>
public sealed record FakeHubSpotRequest(string Method, string Path, string? Authorization, string Body, int StatusCode);
