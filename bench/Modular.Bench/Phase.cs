namespace Modular.Bench;

/// <summary>A benchmark's result with the share of the machine's CPU other processes took while it ran.</summary>
internal sealed record Phase<T>(T Result, double OthersCpuShare)
{
    public static async Task<Phase<T>> MeasureAsync(Func<Task<T>> run)
    {
        var contention = CpuContention.Start();
        var result = await run();
        return new Phase<T>(result, contention.OthersShare());
    }
}
