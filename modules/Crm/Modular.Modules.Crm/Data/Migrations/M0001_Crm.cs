using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Crm.Data.Migrations;

/// <summary>Connector configurations and pushes of leads to CRMs.</summary>
[DbContext(typeof(CrmDbContext))]
[Migration("20261123060001_Crm")]
internal sealed class M0001_Crm() : ModuleMigration(CrmDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var connectors = Table("connectors");
        migrationBuilder.CreateTable(connectors, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Type = c.Column<string>(maxLength: 50, nullable: false),
            Name = c.Column<string>(maxLength: 100, nullable: false),
            BaseUrl = c.Column<string>(maxLength: 2000, nullable: false),
            Credentials = c.Column<string>(maxLength: 16000, nullable: false),
            Settings = c.Column<string>(maxLength: 32000, nullable: false),
            SyncOn = c.Column<string>(maxLength: 200, nullable: false),
            FieldMapping = c.Column<string>(maxLength: 8000, nullable: false),
            Enabled = c.Column<bool>(nullable: false),
            ReadLeads = c.Column<bool>(nullable: false),
            ReadOutcomes = c.Column<bool>(nullable: false),
            LeadCursor = c.Column<string>(maxLength: 500, nullable: true),
            OutcomeCursor = c.Column<string>(maxLength: 500, nullable: true),
            NextReadAt = Timestamp(c, nullable: true),
            LastReadError = c.Column<string>(maxLength: 1000, nullable: true),
            ConsecutiveFailures = c.Column<int>(nullable: false),
            PausedUntil = Timestamp(c, nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{connectors}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{connectors}_TenantId_CreatedAt", connectors, ["TenantId", "CreatedAt"], Schema);

        var syncs = Table("syncs");
        migrationBuilder.CreateTable(syncs, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            ConnectorId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            Trigger = c.Column<string>(maxLength: 20, nullable: false),
            TriggerEventId = c.Column<Guid>(nullable: true),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            Attempts = c.Column<int>(nullable: false),
            NextAttemptAt = Timestamp(c, nullable: true),
            AttemptLeaseUntil = Timestamp(c, nullable: true),
            RemoteId = c.Column<string>(maxLength: 200, nullable: true),
            ReportRemoteId = c.Column<string>(maxLength: 200, nullable: true),
            LastError = c.Column<string>(maxLength: 1000, nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{syncs}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{syncs}_ConnectorId_TriggerEventId", syncs, ["ConnectorId", "TriggerEventId"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{syncs}_TenantId_LeadId_CreatedAt", syncs, ["TenantId", "LeadId", "CreatedAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{syncs}_ConnectorId_RemoteId", syncs, ["ConnectorId", "RemoteId"], Schema);
        migrationBuilder.CreateIndex($"IX_{syncs}_TenantId_Status_CreatedAt", syncs, ["TenantId", "Status", "CreatedAt"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("syncs"), Schema);
        migrationBuilder.DropTable(Table("connectors"), Schema);
    }
}
