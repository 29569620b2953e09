namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>A Task (an activity) as the fake holds it.</summary>
/// <param name="Id">Salesforce's 18-character record id, starting with the Task prefix <c>00T</c>.</param>
/// <param name="Fields">Field values by API name (<c>WhoId</c>, <c>Subject</c>, <c>Status</c>, …); names compare without regard to case.</param>
public sealed record FakeSalesforceTask(string Id, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The lead or contact the task is about.</summary>
    public string? WhoId => Fields.GetValueOrDefault("WhoId");

    /// <summary>The task's subject line.</summary>
    public string? Subject => Fields.GetValueOrDefault("Subject");

    /// <summary>The task's comments.</summary>
    public string? Description => Fields.GetValueOrDefault("Description");

    /// <summary>The task's status (<c>Not Started</c> when none was given, as the default picklist value).</summary>
    public string? Status => Fields.GetValueOrDefault("Status");

    /// <summary>The task's due date, <c>yyyy-MM-dd</c>.</summary>
    public string? ActivityDate => Fields.GetValueOrDefault("ActivityDate");
}
