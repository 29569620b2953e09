using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Privacy.Data.Migrations;

/// <summary>Data-subject requests and their timelines.</summary>
[DbContext(typeof(PrivacyDbContext))]
[Migration("20261123130001_Privacy")]
internal sealed class M0001_Privacy() : ModuleMigration(PrivacyDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var requests = Table("requests");
        migrationBuilder.CreateTable(requests, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Type = c.Column<string>(maxLength: 30, nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            SubjectEmail = c.Column<string>(maxLength: 320, nullable: true),
            SubjectPhone = c.Column<string>(maxLength: 40, nullable: true),
            SubjectAddresses = c.Column<string>(maxLength: 4000, nullable: true),
            SubjectHashes = c.Column<string>(maxLength: 4000, nullable: true),
            LeadIds = c.Column<string>(maxLength: 40000, nullable: true),
            Notes = c.Column<string>(maxLength: 2000, nullable: true),
            CreatedBy = c.Column<string>(maxLength: 100, nullable: false),
            ReceivedAt = Timestamp(c, nullable: false),
            DueAt = Timestamp(c, nullable: false),
            ExtendedByMonths = c.Column<int>(nullable: false),
            ExtensionReason = c.Column<string>(maxLength: 1000, nullable: true),
            Report = c.Column<string>(maxLength: 64000, nullable: true),
            CompletedAt = Timestamp(c, nullable: true),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{requests}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{requests}_TenantId_ReceivedAt", requests, ["TenantId", "ReceivedAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{requests}_TenantId_Status_DueAt", requests, ["TenantId", "Status", "DueAt"], Schema);

        var steps = Table("request_steps");
        migrationBuilder.CreateTable(steps, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            RequestId = c.Column<Guid>(nullable: false),
            At = Timestamp(c, nullable: false),
            Step = c.Column<string>(maxLength: 50, nullable: false),
            Detail = c.Column<string>(maxLength: 2000, nullable: false),
            Actor = c.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{steps}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{steps}_TenantId_RequestId_At", steps, ["TenantId", "RequestId", "At"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("request_steps"), Schema);
        migrationBuilder.DropTable(Table("requests"), Schema);
    }
}
