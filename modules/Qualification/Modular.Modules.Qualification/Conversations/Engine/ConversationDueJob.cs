using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Conversations.Engine;

/// <summary>Wakes a conversation when its next step is due. The job runner gives it the conversation's tenant; running it twice is harmless.</summary>
internal sealed class ConversationDueJob(QualificationDbContext db, ConversationSteps steps) : IJobHandler
{
    public string JobType => ConversationSteps.DueJob;

    public async Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        var due = JsonSerializer.Deserialize<ConversationDue>(payloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A conversation job without a payload.");
        var conversation = await db.Set<Conversation>().FirstOrDefaultAsync(c => c.Id == due.ConversationId, cancellationToken);
        if (conversation is not null)
            await steps.RunDueAsync(conversation, cancellationToken);
    }
}
