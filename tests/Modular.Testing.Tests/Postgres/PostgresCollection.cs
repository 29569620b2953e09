using Modular.Testing.Postgres;

namespace Modular.Testing.Tests.Postgres;

/// <summary>One cluster for every test class in the collection: starting one costs about a second.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
