namespace Modular.Modules.Privacy.Requests;

/// <summary>
/// Where a request stands: <c>received</c> → <c>in_progress</c> → <c>fulfilled</c>, or <c>rejected</c> (with a
/// reason) from either of the first two.
/// </summary>
internal static class RequestStatuses
{
    public const string Received = "received";
    public const string InProgress = "in_progress";
    public const string Fulfilled = "fulfilled";
    public const string Rejected = "rejected";

    public static bool IsOpen(string status) => status is Received or InProgress;
}
