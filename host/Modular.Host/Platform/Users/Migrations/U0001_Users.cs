using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Modular.Host.Platform.Users.Migrations;

/// <summary>ASP.NET Core Identity's user tables (users, claims, logins, tokens), plus the tenant and role of each user.</summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261122000001_Users")]
internal sealed class U0001_Users() : ModuleMigration(UsersDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var users = Table("users");
        migrationBuilder.CreateTable(
            name: users,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 16, nullable: false),
                FirstName = table.Column<string>(maxLength: 100, nullable: true),
                LastName = table.Column<string>(maxLength: 100, nullable: true),
                CreatedAt = Timestamp(table, nullable: false),
                InvitedAt = Timestamp(table, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = Timestamp(table, nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey($"PK_{users}", u => u.Id));

        var claims = Table("user_claims");
        migrationBuilder.CreateTable(
            name: claims,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{claims}", c => c.Id);
                table.ForeignKey($"FK_{claims}_{users}_UserId", c => c.UserId, users, "Id", Schema, onDelete: ReferentialAction.Cascade);
            });

        var logins = Table("user_logins");
        migrationBuilder.CreateTable(
            name: logins,
            schema: Schema,
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{logins}", l => new { l.LoginProvider, l.ProviderKey });
                table.ForeignKey($"FK_{logins}_{users}_UserId", l => l.UserId, users, "Id", Schema, onDelete: ReferentialAction.Cascade);
            });

        var tokens = Table("user_tokens");
        migrationBuilder.CreateTable(
            name: tokens,
            schema: Schema,
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{tokens}", t => new { t.UserId, t.LoginProvider, t.Name });
                table.ForeignKey($"FK_{tokens}_{users}_UserId", t => t.UserId, users, "Id", Schema, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex($"IX_{claims}_UserId", claims, "UserId", Schema);
        migrationBuilder.CreateIndex($"IX_{logins}_UserId", logins, "UserId", Schema);
        migrationBuilder.CreateIndex(Table("EmailIndex"), users, "NormalizedEmail", Schema);
        migrationBuilder.CreateIndex($"IX_{users}_TenantId", users, "TenantId", Schema);
        migrationBuilder.CreateIndex(Table("UserNameIndex"), users, "NormalizedUserName", Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "user_tokens", "user_logins", "user_claims", "users" })
            migrationBuilder.DropTable(Table(table), Schema);
    }
}
