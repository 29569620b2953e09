using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Data.Migrations;

/// <summary>Which lead sources get which scenario instead of the tenant's default.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261122200003_ScenarioSources")]
internal sealed class Q0003_ScenarioSources() : ModuleMigration(QualificationDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var sources = Table("scenario_sources");
        migrationBuilder.CreateTable(sources, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            SourceId = c.Column<Guid>(nullable: false),
            ScenarioId = c.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{sources}", s => new { s.TenantId, s.SourceId }));
        migrationBuilder.CreateIndex($"IX_{sources}_ScenarioId", sources, "ScenarioId", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table("scenario_sources"), Schema);
}
