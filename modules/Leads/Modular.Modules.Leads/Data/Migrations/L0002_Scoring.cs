using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Sdk.Data;

namespace Modular.Modules.Leads.Data.Migrations;

/// <summary>Scoring: each tenant's policy and trained win model, each lead's current explanation and score history, pending scoring jobs.</summary>
[DbContext(typeof(LeadsDbContext))]
[Migration("20261122100002_Scoring")]
internal sealed class L0002_Scoring() : ModuleMigration(LeadsDbContext.ModuleId)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var policies = Table("scoring_policies");
        migrationBuilder.CreateTable(policies, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            Policy = c.Column<string>(nullable: false),
            UpdatedAt = Timestamp(c, nullable: false),
            UpdatedBy = c.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{policies}", x => x.TenantId));

        var history = Table("score_history");
        migrationBuilder.CreateTable(history, schema: Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            LeadId = c.Column<Guid>(nullable: false),
            At = Timestamp(c, nullable: false),
            PreviousScore = c.Column<int>(nullable: false),
            Score = c.Column<int>(nullable: false),
            PreviousWinProbability = c.Column<double>(nullable: true),
            WinProbability = c.Column<double>(nullable: true),
            Reasons = c.Column<string>(nullable: false),
            ThresholdsCrossed = c.Column<string>(maxLength: 2000, nullable: false),
            Trigger = c.Column<string>(maxLength: 30, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{history}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{history}_LeadId_At", history, ["LeadId", "At"], Schema);

        var scores = Table("scores");
        migrationBuilder.CreateTable(scores, schema: Schema, columns: c => new
        {
            LeadId = c.Column<Guid>(nullable: false),
            TenantId = c.Column<Guid>(nullable: false),
            Reasons = c.Column<string>(nullable: false),
            TopFactors = c.Column<string>(nullable: false),
            ScoredAt = Timestamp(c, nullable: false),
            Version = c.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{scores}", x => x.LeadId));

        var models = Table("win_models");
        migrationBuilder.CreateTable(models, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            Model = c.Column<string>(nullable: false),
            TrainedAt = Timestamp(c, nullable: false),
            WonExamples = c.Column<int>(nullable: false),
            LostExamples = c.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{models}", x => x.TenantId));

        var jobs = Table("scoring_jobs");
        migrationBuilder.CreateTable(jobs, schema: Schema, columns: c => new
        {
            TenantId = c.Column<Guid>(nullable: false),
            Job = c.Column<string>(maxLength: 40, nullable: false),
            Token = c.Column<Guid>(nullable: false),
            DueAt = Timestamp(c, nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{jobs}", x => new { x.TenantId, x.Job }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "scoring_jobs", "win_models", "scores", "score_history", "scoring_policies" })
            migrationBuilder.DropTable(Table(table), Schema);
    }
}
