namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>A person a search returned: its id and the emails and phones it already holds.</summary>
internal sealed record FoundPerson(long Id, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones);
