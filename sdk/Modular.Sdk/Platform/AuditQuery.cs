namespace Modular.Sdk.Platform;

/// <summary>Which audit entries to read. Every filter left null matches everything; the bounds combine.</summary>
public sealed record AuditQuery
{
    /// <summary>Entries recorded at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Entries recorded before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only this actor's entries (<c>user:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c>, <c>system</c>).</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries of this action.</summary>
    public string? Action { get; init; }

    /// <summary>Only entries about this subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Only entries after this sequence number (a cursor when reading oldest first).</summary>
    public long? AfterSequence { get; init; }

    /// <summary>Only entries before this sequence number (a cursor when reading newest first).</summary>
    public long? BeforeSequence { get; init; }

    /// <summary>Newest entry first instead of oldest first.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>At most this many entries; null reads every match.</summary>
    public int? Limit { get; init; }
}
