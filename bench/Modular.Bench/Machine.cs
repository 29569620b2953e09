using System.Runtime.InteropServices;

namespace Modular.Bench;

/// <summary>The machine a figure was taken on; without it a figure cannot be compared with another.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))["MemTotal:".Length..].Trim()
            : "unknown";
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), MemTotal {memory}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC";
    }

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine skews every figure here.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
