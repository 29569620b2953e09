using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Webhooks.Data.Migrations;

/// <summary>Partner endpoints, messages, deliveries and the attempts log.</summary>
[DbContext(typeof(WebhooksDbContext))]
[Migration("20261123090001_Webhooks")]
internal sealed class M0001_Webhooks() : ModuleMigration(WebhooksDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var endpoints = Table("endpoints");
        migrationBuilder.CreateTable(endpoints, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Url = c.Column<string>(maxLength: 2000, nullable: false),
            Description = c.Column<string>(maxLength: 500, nullable: true),
            EventTypes = c.Column<string>(maxLength: 2000, nullable: false),
            RateLimitPerSecond = c.Column<int>(nullable: true),
            Enabled = c.Column<bool>(nullable: false),
            DisabledReason = c.Column<string>(maxLength: 1000, nullable: true),
            Secret = c.Column<string>(maxLength: 2000, nullable: false),
            PreviousSecret = c.Column<string>(maxLength: 2000, nullable: true),
            PreviousSecretUntil = Timestamp(c, nullable: true),
            FailingSince = Timestamp(c, nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{endpoints}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{endpoints}_TenantId_CreatedAt", endpoints, ["TenantId", "CreatedAt"], Schema);

        var messages = Table("messages");
        migrationBuilder.CreateTable(messages, schema: Schema, columns: c => new
        {
            Id = c.Column<string>(maxLength: 40, nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            SourceEventId = c.Column<Guid>(nullable: true),
            EventType = c.Column<string>(maxLength: 50, nullable: false),
            Payload = c.Column<string>(maxLength: 64000, nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{messages}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_SourceEventId", messages, ["TenantId", "SourceEventId"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_CreatedAt", messages, ["TenantId", "CreatedAt"], Schema);

        var deliveries = Table("deliveries");
        migrationBuilder.CreateTable(deliveries, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            EndpointId = c.Column<Guid>(nullable: false),
            MessageId = c.Column<string>(maxLength: 40, nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            Attempts = c.Column<int>(nullable: false),
            NextAttemptAt = Timestamp(c, nullable: true),
            LeaseUntil = Timestamp(c, nullable: true),
            LastStatusCode = c.Column<int>(nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{deliveries}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{deliveries}_EndpointId_MessageId", deliveries, ["EndpointId", "MessageId"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{deliveries}_TenantId_MessageId", deliveries, ["TenantId", "MessageId"], Schema);

        var attempts = Table("attempts");
        migrationBuilder.CreateTable(attempts, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            DeliveryId = c.Column<Guid>(nullable: false),
            EndpointId = c.Column<Guid>(nullable: false),
            MessageId = c.Column<string>(maxLength: 40, nullable: false),
            EventType = c.Column<string>(maxLength: 50, nullable: false),
            Attempt = c.Column<int>(nullable: false),
            AttemptedAt = Timestamp(c, nullable: false),
            StatusCode = c.Column<int>(nullable: true),
            LatencyMs = c.Column<int>(nullable: false),
            ResponseBody = c.Column<string>(maxLength: 1024, nullable: true),
            Error = c.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{attempts}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{attempts}_EndpointId_AttemptedAt", attempts, ["EndpointId", "AttemptedAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{attempts}_TenantId_MessageId", attempts, ["TenantId", "MessageId"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("attempts"), Schema);
        migrationBuilder.DropTable(Table("deliveries"), Schema);
        migrationBuilder.DropTable(Table("messages"), Schema);
        migrationBuilder.DropTable(Table("endpoints"), Schema);
    }
}
