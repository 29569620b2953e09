using System.Collections;

namespace Modular.Host.Api.Logging;

/// <summary>
/// The logging scope of one request: its id from the start, its tenant once authentication has said who calls.
/// Opened before the exception handler, so even the error logged for a failed request carries both; the tenant is
/// filled in later, and loggers read it when they write an entry, not when the scope opens.
/// </summary>
internal sealed class RequestLogScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string RequestId { get; } = requestId;

    public string? TenantId { get; set; }

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(nameof(RequestId), RequestId),
        1 => new(nameof(TenantId), TenantId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestId:{RequestId} TenantId:{TenantId}";
}
