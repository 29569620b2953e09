namespace Modular.Sdk.Extensions;

/// <summary>How a call to a remote system ended; the host decides from it whether to retry.</summary>
public enum RemoteOutcome
{
    /// <summary>A new record was created remotely.</summary>
    Created,

    /// <summary>An existing record was updated.</summary>
    Updated,

    /// <summary>The remote system holds a conflicting record (for example two contacts with the same email).</summary>
    Conflict,

    /// <summary>A transient failure (timeout, 429, 5xx): retry later.</summary>
    RetryableFailure,

    /// <summary>A failure retrying will not fix (bad credentials, invalid data).</summary>
    PermanentFailure,

    /// <summary>The call did what was asked without writing a record (a connection test, a read).</summary>
    Succeeded,
}
