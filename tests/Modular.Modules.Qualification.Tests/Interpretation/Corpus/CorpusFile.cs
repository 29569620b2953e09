namespace Modular.Modules.Qualification.Tests.Interpretation.Corpus;

/// <summary>Where replies.jsonl lives: read from the source tree, so the corpus is edited in one place and never copied stale.</summary>
internal static class CorpusFile
{
    public const string RelativePath = "tests/Modular.Modules.Qualification.Tests/Interpretation/Corpus/replies.jsonl";

    /// <summary>The corpus under the repository holding <paramref name="from"/> (the folder with Modular.sln).</summary>
    public static string Find(string from)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Modular.sln")))
                return Path.Combine(folder.FullName, RelativePath);
        throw new FileNotFoundException($"No Modular.sln above {from}, so {RelativePath} cannot be found.");
    }
}
