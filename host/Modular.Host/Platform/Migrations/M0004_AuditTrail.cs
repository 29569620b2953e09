using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Host.Platform.Audit;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000004_AuditTrail")]
internal sealed class M0004_AuditTrail() : ModuleMigration(PlatformDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var entries = Table("audit_entries");
        migrationBuilder.CreateTable(
            name: entries,
            schema: Schema,
            columns: columns => new
            {
                Id = columns.Column<Guid>(nullable: false),
                TenantId = columns.Column<Guid>(nullable: false),
                Sequence = columns.Column<long>(nullable: false),
                OccurredAt = Timestamp(columns, nullable: false),
                Actor = columns.Column<string>(maxLength: AuditRecord.ActorMaxLength, nullable: false),
                Action = columns.Column<string>(maxLength: AuditRecord.ActionMaxLength, nullable: false),
                Subject = columns.Column<string>(maxLength: AuditRecord.SubjectMaxLength, nullable: false),
                Details = columns.Column<string>(nullable: true),
                PreviousHash = columns.Column<string>(maxLength: AuditRecord.HashLength, nullable: false),
                Hash = columns.Column<string>(maxLength: AuditRecord.HashLength, nullable: false),
            },
            constraints: entry => entry.PrimaryKey($"PK_{entries}", e => e.Id));
        migrationBuilder.CreateIndex($"IX_{entries}_TenantId_Sequence", entries, ["TenantId", "Sequence"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{entries}_TenantId_OccurredAt", entries, ["TenantId", "OccurredAt"], Schema);

        var heads = Table("audit_heads");
        migrationBuilder.CreateTable(
            name: heads,
            schema: Schema,
            columns: columns => new
            {
                TenantId = columns.Column<Guid>(nullable: false),
                Sequence = columns.Column<long>(nullable: false),
                Hash = columns.Column<string>(maxLength: AuditRecord.HashLength, nullable: false),
            },
            constraints: head => head.PrimaryKey($"PK_{heads}", h => h.TenantId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: Table("audit_heads"), schema: Schema);
        migrationBuilder.DropTable(name: Table("audit_entries"), schema: Schema);
    }
}
