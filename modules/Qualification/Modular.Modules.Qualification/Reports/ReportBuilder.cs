using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Conversations;
using Modular.Modules.Qualification.Data;

namespace Modular.Modules.Qualification.Reports;

/// <summary>Builds a conversation's qualification report from its stored answers, in the order the questions were answered.</summary>
internal sealed class ReportBuilder(QualificationDbContext db)
{
    public async Task<QualificationReport> BuildAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var answers = await db.Set<ConversationAnswer>().AsNoTracking()
            .Where(a => a.ConversationId == conversation.Id)
            .ToListAsync(cancellationToken);
        // Answers added in this unit of work are not in the database yet.
        var pending = db.ChangeTracker.Entries<ConversationAnswer>().Select(e => e.Entity).Where(a => a.ConversationId == conversation.Id);
        var all = answers.Concat(pending).GroupBy(a => a.QuestionKey).Select(g => g.Last()).OrderBy(a => a.At);

        return new QualificationReport(
            conversation.LeadId,
            conversation.Id,
            conversation.Verdict ?? "",
            conversation.ScenarioName,
            conversation.ScenarioVersion,
            conversation.Locale,
            all.Select(a => new ReportAnswer(a.QuestionKey, a.QuestionText, a.Reply, a.Value, a.Understood)).ToList(),
            conversation.EndedAt ?? conversation.CreatedAt);
    }
}
