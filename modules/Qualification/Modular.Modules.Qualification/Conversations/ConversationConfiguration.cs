using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Qualification.Conversations;

internal sealed class ConversationConfiguration :
    IEntityTypeConfiguration<Conversation>, IEntityTypeConfiguration<ConversationMessage>, IEntityTypeConfiguration<ConversationAnswer>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.ToTable("conversations");
        conversation.Property(c => c.ScenarioName).HasMaxLength(100);
        conversation.Property(c => c.Locale).HasMaxLength(5);
        conversation.Property(c => c.Address).HasMaxLength(40);
        conversation.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        conversation.Property(c => c.Verdict).HasMaxLength(20);
        conversation.Property(c => c.CurrentQuestion).HasMaxLength(50);
        conversation.Property(c => c.Revision).IsConcurrencyToken();
        conversation.HasIndex(c => new { c.TenantId, c.LeadId, c.OpenSlot }).IsUnique();
        conversation.HasIndex(c => new { c.TenantId, c.LeadId, c.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<ConversationMessage> message)
    {
        message.ToTable("conversation_messages");
        message.Property(m => m.Direction).HasMaxLength(3);
        message.Property(m => m.Text).HasMaxLength(2000);
        message.Property(m => m.QuestionKey).HasMaxLength(50);
        message.HasIndex(m => new { m.ConversationId, m.At });
        message.HasIndex(m => new { m.TenantId, m.MessagingId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ConversationAnswer> answer)
    {
        answer.ToTable("conversation_answers");
        answer.HasKey(a => new { a.ConversationId, a.QuestionKey });
        answer.Property(a => a.QuestionKey).HasMaxLength(50);
        answer.Property(a => a.QuestionText).HasMaxLength(1000);
        answer.Property(a => a.Reply).HasMaxLength(2000);
        answer.Property(a => a.Value).HasMaxLength(2000);
    }
}
