using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Data.Migrations;

/// <summary>Scenarios and their versions, the contact window, conversations with their messages and answers.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261122200001_Qualification")]
internal sealed class Q0001_Qualification() : ModuleMigration(QualificationDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var scenarios = Table("scenarios");
        migrationBuilder.CreateTable(scenarios, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Name = c.Column<string>(maxLength: 100, nullable: false),
            IsDefault = c.Column<bool>(nullable: false),
            Version = c.Column<int>(nullable: false),
            Definition = c.Column<string>(nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{scenarios}", s => s.Id));
        migrationBuilder.CreateIndex($"IX_{scenarios}_TenantId_Name", scenarios, ["TenantId", "Name"], Schema, unique: true);

        var versions = Table("scenario_versions");
        migrationBuilder.CreateTable(versions, schema: Schema, columns: c => new
        {
            ScenarioId = c.Column<Guid>(nullable: false),
            Version = c.Column<int>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Name = c.Column<string>(maxLength: 100, nullable: false),
            Definition = c.Column<string>(nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{versions}", v => new { v.ScenarioId, v.Version }));

        var window = Table("window_settings");
        migrationBuilder.CreateTable(window, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            TimeZone = c.Column<string>(maxLength: 64, nullable: false),
            Days = c.Column<string>(maxLength: 40, nullable: false),
            From = c.Column<string>(maxLength: 5, nullable: false),
            To = c.Column<string>(maxLength: 5, nullable: false),
            ExcludeHolidays = c.Column<bool>(nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{window}", w => w.TenantId));

        var conversations = Table("conversations");
        migrationBuilder.CreateTable(conversations, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            ScenarioId = c.Column<Guid>(nullable: false),
            ScenarioVersion = c.Column<int>(nullable: false),
            ScenarioName = c.Column<string>(maxLength: 100, nullable: false),
            Locale = c.Column<string>(maxLength: 5, nullable: false),
            Address = c.Column<string>(maxLength: 40, nullable: true),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            OpenSlot = c.Column<int>(nullable: true),
            Verdict = c.Column<string>(maxLength: 20, nullable: true),
            CurrentQuestion = c.Column<string>(maxLength: 50, nullable: true),
            Reasks = c.Column<int>(nullable: false),
            RemindersSent = c.Column<int>(nullable: false),
            OutboundCount = c.Column<int>(nullable: false),
            PendingReplyId = c.Column<Guid>(nullable: true),
            NextActionAt = Timestamp(c, nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            StartedAt = Timestamp(c, nullable: true),
            LastInboundAt = Timestamp(c, nullable: true),
            EndedAt = Timestamp(c, nullable: true),
            Revision = c.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{conversations}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{conversations}_TenantId_LeadId_OpenSlot", conversations, ["TenantId", "LeadId", "OpenSlot"], Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{conversations}_TenantId_LeadId_CreatedAt", conversations, ["TenantId", "LeadId", "CreatedAt"], Schema);

        var messages = Table("conversation_messages");
        migrationBuilder.CreateTable(messages, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            ConversationId = c.Column<Guid>(nullable: false),
            Direction = c.Column<string>(maxLength: 3, nullable: false),
            Text = c.Column<string>(maxLength: 2000, nullable: false),
            At = Timestamp(c, nullable: false),
            QuestionKey = c.Column<string>(maxLength: 50, nullable: true),
            MessagingId = c.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{messages}", m => m.Id));
        migrationBuilder.CreateIndex($"IX_{messages}_ConversationId_At", messages, ["ConversationId", "At"], Schema);
        migrationBuilder.CreateIndex($"IX_{messages}_TenantId_MessagingId", messages, ["TenantId", "MessagingId"], Schema, unique: true);

        var answers = Table("conversation_answers");
        migrationBuilder.CreateTable(answers, schema: Schema, columns: c => new
        {
            ConversationId = c.Column<Guid>(nullable: false),
            QuestionKey = c.Column<string>(maxLength: 50, nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            QuestionText = c.Column<string>(maxLength: 1000, nullable: false),
            Reply = c.Column<string>(maxLength: 2000, nullable: true),
            Value = c.Column<string>(maxLength: 2000, nullable: true),
            Min = c.Column<decimal>(nullable: true),
            Max = c.Column<decimal>(nullable: true),
            Understood = c.Column<bool>(nullable: false),
            Confidence = c.Column<double>(nullable: false),
            At = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{answers}", a => new { a.ConversationId, a.QuestionKey }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "conversation_answers", "conversation_messages", "conversations", "window_settings", "scenario_versions", "scenarios" })
            migrationBuilder.DropTable(Table(table), Schema);
    }
}
