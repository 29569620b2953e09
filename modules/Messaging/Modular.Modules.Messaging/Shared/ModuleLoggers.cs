using Microsoft.Extensions.Logging;

namespace Modular.Modules.Messaging.Shared;

/// <summary>
/// Loggers named by string, not <c>ILogger&lt;T&gt;</c>. Written when the host kept each <c>ILogger&lt;T&gt;</c> as a root
/// singleton, which kept swapped-out versions in memory; the host now gives every version its own, so plain
/// <c>ILogger&lt;T&gt;</c> would do and this can go (the unload tests check it).
/// </summary>
internal static class ModuleLoggers
{
    public const string Category = "Modular.Modules.Messaging";

    public static ILogger ForMessaging(this ILoggerFactory loggers, string area) => loggers.CreateLogger($"{Category}.{area}");
}
