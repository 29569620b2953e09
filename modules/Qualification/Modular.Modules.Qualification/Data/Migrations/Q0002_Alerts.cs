using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Data.Migrations;

/// <summary>Reps' alert preferences, the tenant's assignment settings (with the round robin's place), lead assignments and alert deliveries.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261122200002_Alerts")]
internal sealed class Q0002_Alerts() : ModuleMigration(QualificationDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var preferences = Table("alert_preferences");
        migrationBuilder.CreateTable(preferences, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            UserId = c.Column<Guid>(nullable: false),
            Channels = c.Column<string>(maxLength: 20, nullable: false),
            Verdicts = c.Column<string>(maxLength: 60, nullable: false),
            QuietFrom = c.Column<string>(maxLength: 5, nullable: true),
            QuietTo = c.Column<string>(maxLength: 5, nullable: true),
            Phone = c.Column<string>(maxLength: 20, nullable: true),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{preferences}", p => new { p.TenantId, p.UserId }));

        var settings = Table("assignment_settings");
        migrationBuilder.CreateTable(settings, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            Mode = c.Column<string>(maxLength: 20, nullable: false),
            Rules = c.Column<string>(nullable: false),
            LastAssignedUserId = c.Column<Guid>(nullable: true),
            RoundRobinCount = c.Column<long>(nullable: false),
            PublicBaseUrl = c.Column<string>(maxLength: 2000, nullable: true),
            Revision = c.Column<int>(nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{settings}", s => s.TenantId));

        var assignments = Table("lead_assignments");
        migrationBuilder.CreateTable(assignments, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            UserId = c.Column<Guid>(nullable: false),
            Method = c.Column<string>(maxLength: 20, nullable: false),
            RuleIndex = c.Column<int>(nullable: true),
            AssignedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{assignments}", a => new { a.TenantId, a.LeadId }));
        migrationBuilder.CreateIndex($"IX_{assignments}_TenantId_UserId", assignments, ["TenantId", "UserId"], Schema);

        var deliveries = Table("alert_deliveries");
        migrationBuilder.CreateTable(deliveries, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            EventId = c.Column<Guid>(nullable: false),
            UserId = c.Column<Guid>(nullable: false),
            Channel = c.Column<string>(maxLength: 10, nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            ConversationId = c.Column<Guid>(nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            DueAt = Timestamp(c, nullable: true),
            Reason = c.Column<string>(maxLength: 300, nullable: true),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{deliveries}", d => new { d.TenantId, d.EventId, d.UserId, d.Channel }));
        migrationBuilder.CreateIndex($"IX_{deliveries}_TenantId_LeadId", deliveries, ["TenantId", "LeadId"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "alert_deliveries", "lead_assignments", "assignment_settings", "alert_preferences" })
            migrationBuilder.DropTable(Table(table), Schema);
    }
}
