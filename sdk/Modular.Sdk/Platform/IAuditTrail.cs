namespace Modular.Sdk.Platform;

/// <summary>The tamper-evident record of who did what to which data, kept by the host for every module.</summary>
public interface IAuditTrail
{
    /// <summary>Records an action. <paramref name="subject"/> names the object (for example <c>lead:3f2…</c>); never put personal data in <paramref name="action"/>.</summary>
    Task RecordAsync(string action, string subject, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default);
}
