using Xunit;

namespace Modular.Testing.Postgres;

/// <summary>
/// A <see cref="FactAttribute"/> that skips itself when PostgreSQL is not installed, except on CI
/// (CI=true), where the test runs and fails so the gap cannot go unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        // xunit 2 only knows skips fixed at discovery; an attribute constructor is the earliest hook there is.
        if (PostgresRequirement.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresRequirement.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
