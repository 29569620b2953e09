using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Conversations;

/// <summary>A message of the conversation as the lead saw it, both ways, with what each reply was understood as.</summary>
internal sealed class ConversationMessage : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public Guid ConversationId { get; init; }

    /// <summary><c>out</c> or <c>in</c>.</summary>
    public required string Direction { get; init; }

    public required string Text { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The question this message asked or answered.</summary>
    public string? QuestionKey { get; init; }

    /// <summary>The Messaging module's id of the message, which makes a redelivered event a no-op.</summary>
    public Guid? MessagingId { get; init; }
}

/// <summary>What a reply to a question was understood as; the report and the rules read these.</summary>
internal sealed class ConversationAnswer : ITenantOwned
{
    public Guid ConversationId { get; init; }
    public required string QuestionKey { get; init; }
    public Guid TenantId { get; init; }
    public required string QuestionText { get; set; }
    public string? Reply { get; set; }
    public string? Value { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public bool Understood { get; set; }
    public double Confidence { get; set; }
    public DateTimeOffset At { get; set; }
}
