using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Data.Migrations;

/// <summary>Leads, their sources, tags, consents, idempotency keys, merges, settings and timeline.</summary>
[DbContext(typeof(LeadsDbContext))]
[Migration("20261122100001_Leads")]
internal sealed class L0001_Leads() : ModuleMigration(LeadsDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (Schema is not null)
            migrationBuilder.EnsureSchema(Schema);

        var leads = Table("leads");
        migrationBuilder.CreateTable(leads, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            SourceId = c.Column<Guid>(nullable: true),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            FirstName = c.Column<string>(maxLength: 100, nullable: true),
            LastName = c.Column<string>(maxLength: 100, nullable: true),
            Email = c.Column<string>(maxLength: 254, nullable: true),
            EmailValid = c.Column<bool>(nullable: false),
            Phone = c.Column<string>(maxLength: 40, nullable: true),
            PhoneValid = c.Column<bool>(nullable: false),
            PhoneType = c.Column<string>(maxLength: 20, nullable: true),
            Country = c.Column<string>(maxLength: 2, nullable: true),
            City = c.Column<string>(maxLength: 100, nullable: true),
            PostalCode = c.Column<string>(maxLength: 20, nullable: true),
            Company = c.Column<string>(maxLength: 200, nullable: true),
            Message = c.Column<string>(maxLength: 4000, nullable: true),
            Attributes = c.Column<string>(nullable: false),
            IsTest = c.Column<bool>(nullable: false),
            Score = c.Column<int>(nullable: false),
            WinProbability = c.Column<double>(nullable: true),
            Outcome = c.Column<string>(maxLength: 10, nullable: true),
            OutcomeAmountMinor = c.Column<long>(nullable: true),
            OutcomeCurrency = c.Column<string>(maxLength: 3, nullable: true),
            OutcomeAt = Timestamp(c, nullable: true),
            MergedIntoId = c.Column<Guid>(nullable: true),
            SearchText = c.Column<string>(maxLength: 800, nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
            LastActivityAt = Timestamp(c, nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{leads}", l => l.Id));
        migrationBuilder.CreateIndex($"IX_{leads}_TenantId_CreatedAt", leads, ["TenantId", "CreatedAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{leads}_TenantId_Email", leads, ["TenantId", "Email"], Schema);
        migrationBuilder.CreateIndex($"IX_{leads}_TenantId_Phone", leads, ["TenantId", "Phone"], Schema);
        migrationBuilder.CreateIndex($"IX_{leads}_MergedIntoId", leads, "MergedIntoId", Schema);

        var sources = Table("sources");
        migrationBuilder.CreateTable(sources, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Name = c.Column<string>(maxLength: 100, nullable: false),
            Format = c.Column<string>(maxLength: 20, nullable: false),
            Key = c.Column<string>(maxLength: 64, nullable: false),
            ProtectedSecret = c.Column<string>(maxLength: 1000, nullable: false),
            FieldMapping = c.Column<string>(maxLength: 8000, nullable: true),
            ThankYouUrl = c.Column<string>(maxLength: 2000, nullable: true),
            AllowedOrigins = c.Column<string>(maxLength: 2000, nullable: true),
            HoneypotField = c.Column<string>(maxLength: 100, nullable: true),
            DefaultCountry = c.Column<string>(maxLength: 2, nullable: true),
            ScenarioId = c.Column<Guid>(nullable: true),
            CreatedAt = Timestamp(c, nullable: false),
            DisabledAt = Timestamp(c, nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{sources}", s => s.Id));
        migrationBuilder.CreateIndex($"IX_{sources}_Key", sources, "Key", Schema, unique: true);
        migrationBuilder.CreateIndex($"IX_{sources}_TenantId", sources, "TenantId", Schema);

        var tags = Table("tags");
        migrationBuilder.CreateTable(tags, schema: Schema, columns: c => new
        {
            LeadId = c.Column<Guid>(nullable: false),
            Tag = c.Column<string>(maxLength: 50, nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{tags}", x => new { x.LeadId, x.Tag }));
        migrationBuilder.CreateIndex($"IX_{tags}_TenantId_Tag", tags, ["TenantId", "Tag"], Schema);

        var consents = Table("consents");
        migrationBuilder.CreateTable(consents, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            SourceId = c.Column<Guid>(nullable: true),
            GivenAt = Timestamp(c, nullable: false),
            IpAddress = c.Column<string>(maxLength: 45, nullable: true),
            Text = c.Column<string>(maxLength: 2000, nullable: false),
            Purposes = c.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{consents}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{consents}_LeadId", consents, "LeadId", Schema);

        var requests = Table("requests");
        migrationBuilder.CreateTable(requests, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            Key = c.Column<string>(maxLength: 200, nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            CreatedAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{requests}", x => new { x.TenantId, x.Key }));

        var merges = Table("merges");
        migrationBuilder.CreateTable(merges, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            SurvivorId = c.Column<Guid>(nullable: false),
            MergedId = c.Column<Guid>(nullable: false),
            MergedAt = Timestamp(c, nullable: false),
            MatchedOn = c.Column<string>(maxLength: 20, nullable: false),
            FilledFields = c.Column<string>(nullable: false),
            UnmergedAt = Timestamp(c, nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{merges}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{merges}_SurvivorId", merges, "SurvivorId", Schema);
        migrationBuilder.CreateIndex($"IX_{merges}_MergedId", merges, "MergedId", Schema);

        var settings = Table("settings");
        migrationBuilder.CreateTable(settings, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            DedupWindowDays = c.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{settings}", x => x.TenantId));

        var timeline = Table("timeline");
        migrationBuilder.CreateTable(timeline, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            OccurredAt = Timestamp(c, nullable: false),
            Module = c.Column<string>(maxLength: 50, nullable: false),
            Type = c.Column<string>(maxLength: 100, nullable: false),
            Summary = c.Column<string>(maxLength: 500, nullable: false),
            Actor = c.Column<string>(maxLength: 100, nullable: true),
            Data = c.Column<string>(nullable: true),
            EventId = c.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{timeline}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{timeline}_LeadId_OccurredAt", timeline, ["LeadId", "OccurredAt"], Schema);
        migrationBuilder.CreateIndex($"IX_{timeline}_EventId", timeline, "EventId", Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "timeline", "settings", "merges", "requests", "consents", "tags", "sources", "leads" })
            migrationBuilder.DropTable(Table(table), Schema);
    }
}
