namespace Modular.Host.Api.RateLimits;

/// <summary>The <c>Modular:RateLimits</c> settings. Counts are kept per instance; 0 turns a limit off.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Modular:RateLimits";

    /// <summary>Requests a minute one API key may make to <c>/api/v1</c>, in bursts of up to as many.</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>
    /// Requests a minute one client address may make to <c>/hooks</c>. Higher than the API's: a provider sends
    /// every tenant's traffic from a few addresses.
    /// </summary>
    public int HookPermitsPerMinute { get; set; } = 1200;
}
