using Microsoft.Extensions.Logging;

namespace Modular.Modules.Messaging.Shared;

/// <summary>
/// Loggers named by string, not <c>ILogger&lt;T&gt;</c>: the host's container keeps each <c>ILogger&lt;T&gt;</c> as a
/// root singleton, and one closed over a type of this module would keep a swapped-out version in memory.
/// </summary>
internal static class ModuleLoggers
{
    public const string Category = "Modular.Modules.Messaging";

    public static ILogger ForMessaging(this ILoggerFactory loggers, string area) => loggers.CreateLogger($"{Category}.{area}");
}
