namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>What became of an alert. Only <see cref="Scheduled"/> is waiting for anything.</summary>
internal static class AlertStatuses
{
    public const string Scheduled = "scheduled";
    public const string Sent = "sent";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
