using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Modular.Sdk.Data;

/// <summary>
/// Base of a module's hand-written migrations: one migration serves both providers by naming its tables through
/// <see cref="Table"/> and <see cref="Schema"/> instead of literals.
/// </summary>
public abstract class ModuleMigration(string moduleId) : Migration
{
    /// <summary>The module's schema on PostgreSQL, null on SQLite; pass it as every operation's <c>schema</c>.</summary>
    protected string? Schema => DatabaseNaming.Schema(ActiveProvider, moduleId);

    /// <summary>The table's name on the active provider.</summary>
    protected string Table(string name) => DatabaseNaming.Table(ActiveProvider, moduleId, name);

    /// <summary>A <see cref="DateTimeOffset"/> column as <see cref="SqliteConventions"/> stores it: a number on SQLite, a timestamp on PostgreSQL.</summary>
    protected OperationBuilder<AddColumnOperation> Timestamp(ColumnsBuilder table, bool nullable) =>
        IsPostgres ? table.Column<DateTimeOffset>(nullable: nullable) : table.Column<long>(nullable: nullable);

    /// <summary>Whether the migration runs on PostgreSQL, for the few column types the providers spell differently.</summary>
    protected bool IsPostgres => DatabaseNaming.IsPostgres(ActiveProvider);
}
