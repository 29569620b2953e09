using System.Diagnostics;
using Modular.Modules.Qualification.Tests.Interpretation.Corpus;

namespace Modular.Bench.Interpreter;

/// <summary>
/// <c>Modular.Bench interpreter [corpus.jsonl] [--failures]</c>: the built-in answer interpreter's accuracy on the
/// labelled corpus the tests use, per question type and overall, as a Markdown table for BENCHMARKS.md.
/// </summary>
internal static class InterpreterCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var showFailures = args.Contains("--failures");
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? CorpusFile.Find(AppContext.BaseDirectory);
        var cases = CorpusCase.Load(path);
        var clock = Stopwatch.StartNew();
        var score = CorpusScore.Of(cases);
        clock.Stop();

        Console.WriteLine($"Corpus: {Path.GetFileName(path)}, {score.Count} replies ({cases.Count(c => c.Locale.StartsWith("fr", StringComparison.Ordinal))} French, {cases.Count(c => c.Locale.StartsWith("en", StringComparison.Ordinal))} English)");
        Console.WriteLine();
        Console.WriteLine("| question type | right | replies | accuracy |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (type, right, total) in score.Rows())
            Console.WriteLine($"| {(type == CorpusScore.OptOutRow ? "opt-outs (any type)" : type)} | {right} | {total} | {100.0 * right / total:0.0} % |");
        var all = score.Rows().Where(r => r.Type != CorpusScore.OptOutRow).ToList();
        Console.WriteLine($"| **overall** | {all.Sum(r => r.Right)} | {all.Sum(r => r.Total)} | **{100 * score.Overall:0.0} %** |");
        Console.WriteLine();
        Console.WriteLine($"Interpreting all {score.Count} replies took {clock.Elapsed.TotalMilliseconds:0} ms on one thread, first call's warm-up included.");
        if (showFailures)
            foreach (var failure in score.Failures())
                Console.WriteLine(failure);
        return 0;
    }
}
