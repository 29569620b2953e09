namespace Modular.Sdk.Manifest;

/// <summary>One transfer of personal data out of Modular, declared by a plugin in its manifest.</summary>
public sealed record PersonalDataFlow
{
    /// <summary>Categories of data sent, for example <c>name</c>, <c>email</c>, <c>phone</c>, <c>answers</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The organisation receiving the data (the sub-processor or the client's own system).</summary>
    public required string Recipient { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country where the recipient processes the data.</summary>
    public required string Country { get; init; }

    /// <summary>Why the data is sent.</summary>
    public string? Purpose { get; init; }
}
