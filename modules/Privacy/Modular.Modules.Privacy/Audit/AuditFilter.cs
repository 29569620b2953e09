using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Audit;

/// <summary>The filters the list and the export share: a time range (from inclusive, to exclusive), an actor, an action, a subject.</summary>
internal sealed record AuditFilter(DateTimeOffset? From, DateTimeOffset? To, string? Actor, string? Action, string? Subject)
{
    public string? Problem() => From > To ? "from must come before to." : null;

    public AuditQuery ToQuery() => new()
    {
        From = From?.ToUniversalTime(), To = To?.ToUniversalTime(), Actor = Blank(Actor), Action = Blank(Action), Subject = Blank(Subject),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
