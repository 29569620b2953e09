using Modular.Testing.Postgres;

namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>Test classes in this collection share one throwaway PostgreSQL cluster; each test creates its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
