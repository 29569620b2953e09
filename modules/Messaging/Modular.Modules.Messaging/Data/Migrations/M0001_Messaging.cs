using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Messaging.Data.Migrations;

/// <summary>Channel configurations, messages in and out, and the suppression list.</summary>
[DbContext(typeof(MessagingDbContext))]
[Migration("20261122190001_Messaging")]
internal sealed class M0001_Messaging() : ModuleMigration(MessagingDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var channels = Table("channels");
        migrationBuilder.CreateTable(channels, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            ChannelKey = c.Column<string>(maxLength: 50, nullable: false),
            Name = c.Column<string>(maxLength: 100, nullable: false),
            BaseUrl = c.Column<string>(maxLength: 2000, nullable: true),
            Settings = c.Column<string>(maxLength: 8000, nullable: false),
            Secrets = c.Column<string>(maxLength: 16000, nullable: false),
            Enabled = c.Column<bool>(nullable: false),
            ConversationDefault = c.Column<bool>(nullable: false),
            InboundKey = c.Column<string>(maxLength: 64, nullable: false),
            HookBaseUrl = c.Column<string>(maxLength: 2000, nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{channels}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{channels}_InboundKey", channels, "InboundKey", Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{channels}_TenantId_CreatedAt", channels, ["TenantId", "CreatedAt"], Schema);

        var messages = Table("messages");
        migrationBuilder.CreateTable(messages, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Direction = c.Column<string>(maxLength: 3, nullable: false),
            LeadId = c.Column<Guid>(nullable: true),
            ChannelId = c.Column<Guid>(nullable: true),
            ChannelKey = c.Column<string>(maxLength: 50, nullable: false),
            Address = c.Column<string>(maxLength: 320, nullable: false),
            Body = c.Column<string>(nullable: false),
            Subject = c.Column<string>(maxLength: 300, nullable: true),
            ProviderMessageId = c.Column<string>(maxLength: 200, nullable: true),
            IdempotencyKey = c.Column<string>(maxLength: 200, nullable: true),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            ErrorCode = c.Column<string>(maxLength: 50, nullable: true),
            Error = c.Column<string>(maxLength: 500, nullable: true),
            Segments = c.Column<int>(nullable: false),
            AsTemplate = c.Column<bool>(nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{messages}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{messages}_ChannelId_Direction_ProviderMessageId", messages, ["ChannelId", "Direction", "ProviderMessageId"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_IdempotencyKey", messages, ["TenantId", "IdempotencyKey"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_Address_CreatedAt", messages, ["TenantId", "Address", "CreatedAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_LeadId_CreatedAt", messages, ["TenantId", "LeadId", "CreatedAt"], Schema);

        var suppressions = Table("suppressions");
        migrationBuilder.CreateTable(suppressions, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            AddressHash = c.Column<string>(maxLength: 64, nullable: false),
            Channel = c.Column<string>(maxLength: 50, nullable: false),
            Reason = c.Column<string>(maxLength: 200, nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{suppressions}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{suppressions}_TenantId_AddressHash", suppressions, ["TenantId", "AddressHash"], Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("suppressions"), Schema);
        migrationBuilder.DropTable(Table("messages"), Schema);
        migrationBuilder.DropTable(Table("channels"), Schema);
    }
}
