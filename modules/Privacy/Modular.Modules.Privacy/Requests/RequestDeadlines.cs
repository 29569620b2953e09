namespace Modular.Modules.Privacy.Requests;

/// <summary>GDPR art. 12(3): an answer within one month of receipt, extendable by two further months where necessary.</summary>
internal static class RequestDeadlines
{
    public const int MaxExtensionMonths = 2;

    public static DateTimeOffset DueAt(DateTimeOffset receivedAt, int extendedByMonths) => receivedAt.AddMonths(1 + extendedByMonths);
}
