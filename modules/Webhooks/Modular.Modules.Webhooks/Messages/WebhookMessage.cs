using Modular.Sdk.Data;

namespace Modular.Modules.Webhooks.Messages;

/// <summary>
/// One event as partners receive it. Its id is the <c>webhook-id</c> of every attempt, resend and replay, so a
/// partner can drop what it has already seen.
/// </summary>
internal sealed class WebhookMessage : ITenantOwned
{
    /// <summary><c>msg_</c> and 32 hex digits.</summary>
    public required string Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The integration event it was made from: a redelivered event finds its message instead of making another.</summary>
    public Guid? SourceEventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The exact body sent: <c>{"type","timestamp","data"}</c>.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string NewId() => "msg_" + Guid.CreateVersion7().ToString("N");
}
