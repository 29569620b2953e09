namespace Modular.Host.Tests.Jobs;

/// <summary>Settings that point a <see cref="WorkHost"/> at a database, as an operator's configuration would.</summary>
internal static class WorkDatabase
{
    public static Dictionary<string, string?> Sqlite(string file) =>
        new() { ["ConnectionStrings:Modular"] = $"Data Source={file};Pooling=False" };

    public static Dictionary<string, string?> Postgres(string connectionString) =>
        new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString };
}
