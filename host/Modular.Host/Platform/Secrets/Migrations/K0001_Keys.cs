using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Modular.Host.Platform.Secrets.Migrations;

[DbContext(typeof(KeysDbContext))]
[Migration("20261122000001_Keys")]
internal sealed class K0001_Keys() : ModuleMigration(KeysDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var keys = Table("keys");
        migrationBuilder.CreateTable(
            name: keys,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey($"PK_{keys}", k => k.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(Table("keys"), Schema);
}
