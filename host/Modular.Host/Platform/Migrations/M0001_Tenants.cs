using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000001_Tenants")]
internal sealed class M0001_Tenants() : ModuleMigration(PlatformDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        // Column types are left to the provider, so one migration serves SQLite and PostgreSQL alike.
        migrationBuilder.CreateTable(
            name: Table("tenants"),
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyName = table.Column<string>(maxLength: 200, nullable: false),
                ContactFirstName = table.Column<string>(maxLength: 100, nullable: false),
                ContactLastName = table.Column<string>(maxLength: 100, nullable: false),
                Email = table.Column<string>(maxLength: 320, nullable: false),
                Phone = table.Column<string>(maxLength: 32, nullable: true),
                FieldOfActivity = table.Column<string>(maxLength: 200, nullable: true),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
                Locale = table.Column<string>(maxLength: 16, nullable: false),
                DefaultCountry = table.Column<string>(maxLength: 2, nullable: false),
                CreatedAt = Timestamp(table, nullable: false),
            },
            constraints: table => table.PrimaryKey($"PK_{Table("tenants")}", t => t.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: Table("tenants"), schema: Schema);
}
