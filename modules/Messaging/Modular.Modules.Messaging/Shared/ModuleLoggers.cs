using Microsoft.Extensions.Logging;

namespace Modular.Modules.Messaging.Shared;

/// <summary>
/// Loggers named by string, not <c>ILogger&lt;T&gt;</c>: an <c>ILogger&lt;T&gt;</c> closed over a type of this module still
/// keeps a swapped-out version in memory, although each version now registers its own. Checked again by the Twilio and
/// WhatsApp plugins' unload tests, which fail with <c>ILogger&lt;T&gt;</c> (the root container's open-generic logger
/// registration, asked too when a version's scope resolves one, is the likely holder).
/// </summary>
internal static class ModuleLoggers
{
    public const string Category = "Modular.Modules.Messaging";

    public static ILogger ForMessaging(this ILoggerFactory loggers, string area) => loggers.CreateLogger($"{Category}.{area}");
}
