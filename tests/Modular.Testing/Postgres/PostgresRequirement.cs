namespace Modular.Testing.Postgres;

/// <summary>Decides whether a PostgreSQL test runs, is skipped, or must fail.</summary>
public static class PostgresRequirement
{
    /// <summary>
    /// True on CI. There a missing server must fail the run: a skip would let the database tests silently
    /// stop running.
    /// </summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests are skipped here, or null when they must run.</summary>
    public static string? SkipReason => SkipReasonFor(PostgresCluster.IsAvailable, IsCi);

    internal static string MissingMessage =>
        $"PostgreSQL is not installed: no {PostgresBinaries.DebianRoot}/<version>/bin/initdb. " +
        $"Install it with `{PostgresBinaries.InstallHint}`.";

    internal static string? SkipReasonFor(bool available, bool ci) =>
        available || ci ? null : MissingMessage + " (On CI, with CI=true, these tests fail instead of skipping.)";
}
