using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Host.Platform.Jobs;
using Modular.Host.Platform.Outbox;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000003_JobsAndOutbox")]
internal sealed class M0003_JobsAndOutbox() : ModuleMigration(PlatformDbContext.Id)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var jobs = Table("jobs");
        migrationBuilder.CreateTable(
            name: jobs,
            schema: Schema,
            columns: columns => new
            {
                Id = columns.Column<Guid>(nullable: false),
                Type = columns.Column<string>(maxLength: 200, nullable: false),
                Payload = columns.Column<string>(nullable: false),
                RunAt = Timestamp(columns, nullable: false),
                Attempts = columns.Column<int>(nullable: false),
                MaxAttempts = columns.Column<int>(nullable: false),
                Status = columns.Column<string>(maxLength: 16, nullable: false),
                LockedBy = columns.Column<string>(maxLength: 200, nullable: true),
                LockedUntil = Timestamp(columns, nullable: true),
                LastError = columns.Column<string>(maxLength: ErrorText.MaxLength, nullable: true),
                TenantId = columns.Column<Guid>(nullable: true),
                CreatedAt = Timestamp(columns, nullable: false),
                CompletedAt = Timestamp(columns, nullable: true),
            },
            constraints: job => job.PrimaryKey($"PK_{jobs}", j => j.Id));
        migrationBuilder.CreateIndex($"IX_{jobs}_Status_RunAt", jobs, ["Status", "RunAt"], Schema);

        var outbox = Table("outbox_messages");
        migrationBuilder.CreateTable(
            name: outbox,
            schema: Schema,
            columns: columns => new
            {
                Id = columns.Column<Guid>(nullable: false),
                Type = columns.Column<string>(maxLength: 500, nullable: false),
                Payload = columns.Column<string>(nullable: false),
                TenantId = columns.Column<Guid>(nullable: false),
                OccurredAt = Timestamp(columns, nullable: false),
                DispatchedAt = Timestamp(columns, nullable: true),
                Attempts = columns.Column<int>(nullable: false),
                NextAttemptAt = Timestamp(columns, nullable: false),
                LastError = columns.Column<string>(maxLength: ErrorText.MaxLength, nullable: true),
            },
            constraints: message => message.PrimaryKey($"PK_{outbox}", m => m.Id));
        migrationBuilder.CreateIndex($"IX_{outbox}_NextAttemptAt", outbox, "NextAttemptAt", Schema, filter: OutboxMessageConfiguration.UndeliveredFilter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: Table("outbox_messages"), schema: Schema);
        migrationBuilder.DropTable(name: Table("jobs"), schema: Schema);
    }
}
