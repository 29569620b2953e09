namespace Modular.Modules.Crm.Syncs;

/// <summary>Where a push stands.</summary>
internal static class SyncStatuses
{
    /// <summary>Waiting for its first attempt.</summary>
    public const string Queued = "queued";

    /// <summary>Failed in a way a retry can fix; the next attempt is at <c>NextAttemptAt</c>.</summary>
    public const string Retrying = "retrying";

    /// <summary>The lead, and its report when it had one, are in the CRM.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Failed in a way retrying will not fix, or too often: waits for someone to fix the cause and retry it by hand.</summary>
    public const string Parked = "parked";

    public static readonly string[] All = [Queued, Retrying, Succeeded, Parked];

    public static bool IsFinished(string status) => status is Succeeded or Parked;
}
