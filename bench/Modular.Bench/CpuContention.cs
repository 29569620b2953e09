namespace Modular.Bench;

/// <summary>
/// How much of the machine's CPU went to processes other than this benchmark and the hosts and load generators it
/// started, over one phase. Every figure here shares its cores with them, so a figure taken while this is high says
/// more about the neighbours than about the host.
/// </summary>
internal sealed class CpuContention
{
    private readonly (long Busy, long Total) machineAtStart;
    private readonly long ownAtStart;

    private CpuContention()
    {
        machineAtStart = MachineTicks();
        ownAtStart = OwnTicks();
    }

    public static CpuContention Start() => new();

    /// <summary>The share of all CPU time since <see cref="Start"/> spent by other processes, 0 to 1.</summary>
    /// <remarks>Children count once they have exited and been reaped, so read this after the phase's processes are gone.</remarks>
    public double OthersShare()
    {
        var (busy, total) = MachineTicks();
        var elapsed = total - machineAtStart.Total;
        var others = busy - machineAtStart.Busy - (OwnTicks() - ownAtStart);
        return elapsed <= 0 ? 0 : Math.Clamp((double)others / elapsed, 0, 1);
    }

    // /proc/stat's first line: user nice system idle iowait irq softirq steal, in clock ticks over all cores.
    private static (long Busy, long Total) MachineTicks()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var idle = ticks[3] + ticks[4];
        var total = ticks.Sum();
        return (total - idle, total);
    }

    // utime, stime, cutime and cstime of this process: its own CPU and that of every child it has reaped.
    private static long OwnTicks()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[11..15].Sum(long.Parse);
    }
}
