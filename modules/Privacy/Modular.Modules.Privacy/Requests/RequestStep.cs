using Modular.Sdk.Data;

namespace Modular.Modules.Privacy.Requests;

/// <summary>One entry of a request's timeline: a change of status, an extension, what carrying it out did.</summary>
internal sealed class RequestStep : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid RequestId { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>What happened, dotted, for example <c>request.received</c>.</summary>
    public required string Step { get; init; }

    /// <summary>In words, without personal data.</summary>
    public required string Detail { get; init; }
    public required string Actor { get; init; }
}
