namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>One email or phone of a person, as Pipedrive lists them.</summary>
/// <param name="Value">The address or number as written.</param>
/// <param name="Primary">Whether it is the person's primary one.</param>
/// <param name="Label">Pipedrive's label: <c>work</c>, <c>home</c>, <c>mobile</c> or <c>other</c>.</param>
public sealed record FakePipedriveEntry(string Value, bool Primary, string Label);
