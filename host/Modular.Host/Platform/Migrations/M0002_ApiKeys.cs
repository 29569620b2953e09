using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000002_ApiKeys")]
internal sealed class M0002_ApiKeys() : ModuleMigration(PlatformDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var table = Table("api_keys");
        migrationBuilder.CreateTable(
            name: table,
            schema: Schema,
            columns: columns => new
            {
                Id = columns.Column<Guid>(nullable: false),
                TenantId = columns.Column<Guid>(nullable: false),
                Name = columns.Column<string>(maxLength: 100, nullable: false),
                Prefix = columns.Column<string>(maxLength: 8, nullable: false),
                SecretHash = columns.Column<byte[]>(maxLength: 32, nullable: false),
                Scopes = columns.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = Timestamp(columns, nullable: false),
                LastUsedAt = Timestamp(columns, nullable: true),
                RevokedAt = Timestamp(columns, nullable: true),
            },
            constraints: key =>
            {
                key.PrimaryKey($"PK_{table}", k => k.Id);
                key.ForeignKey($"FK_{table}_{Table("tenants")}_TenantId", k => k.TenantId, Table("tenants"), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex($"IX_{table}_Prefix", table, "Prefix", Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{table}_TenantId", table, "TenantId", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: Table("api_keys"), schema: Schema);
}
