using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Data.Migrations;

/// <summary>CSV imports and the rows of each that did not become leads.</summary>
[DbContext(typeof(LeadsDbContext))]
[Migration("20261122100003_Imports")]
internal sealed class L0003_Imports() : ModuleMigration(LeadsDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var imports = Table("imports");
        migrationBuilder.CreateTable(imports, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            SourceId = c.Column<Guid>(nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            StoredFile = c.Column<string>(maxLength: 200, nullable: false),
            Delimiter = c.Column<string>(maxLength: 1, nullable: false),
            Encoding = c.Column<string>(maxLength: 20, nullable: true),
            RowsTotal = c.Column<int>(nullable: true),
            RowsDone = c.Column<int>(nullable: false),
            Imported = c.Column<int>(nullable: false),
            Merged = c.Column<int>(nullable: false),
            Failed = c.Column<int>(nullable: false),
            CreatedBy = c.Column<string>(maxLength: 100, nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
            StartedAt = Timestamp(c, nullable: true),
            CompletedAt = Timestamp(c, nullable: true),
            Error = c.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{imports}", i => i.Id));
        migrationBuilder.CreateIndex($"IX_{imports}_TenantId_CreatedAt", imports, ["TenantId", "CreatedAt"], Schema);

        var errors = Table("import_errors");
        migrationBuilder.CreateTable(errors, schema: Schema, columns: c => new
        {
            ImportId = c.Column<Guid>(nullable: false),
            Row = c.Column<int>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Error = c.Column<string>(maxLength: 500, nullable: false),
            Line = c.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{errors}", e => new { e.ImportId, e.Row }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("import_errors"), Schema);
        migrationBuilder.DropTable(Table("imports"), Schema);
    }
}
