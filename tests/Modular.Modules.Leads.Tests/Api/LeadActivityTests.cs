using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Leads.Contracts;

namespace Modular.Modules.Leads.Tests.Api;

public sealed class LeadActivityTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Another_modules_activity_lands_in_the_leads_timeline_once_however_often_it_is_delivered_and_only_in_its_tenant()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var stranger = await TestTenant.CreateAsync(host, "Globex");
        var client = owner.Client(host);
        var id = await LeadClient.CreateAsync(client, new { email = "ada@example.com" });
        var mediator = host.Services.GetRequiredService<IMediator>();
        var sent = new LeadActivity(id, "messaging", "message.sent", "First SMS sent.") { TenantId = owner.Id, OccurredAt = DateTimeOffset.UtcNow.AddMinutes(1) };

        await mediator.Publish(sent);
        await mediator.Publish(sent);
        // Published as another tenant, the same lead id names nothing: nothing is written, and nothing throws for ever.
        await mediator.Publish(new LeadActivity(id, "messaging", "message.sent", "Not yours.") { TenantId = stranger.Id, OccurredAt = DateTimeOffset.UtcNow });
        await mediator.Publish(new LeadActivity(Guid.NewGuid(), "messaging", "message.sent", "No such lead.") { TenantId = owner.Id, OccurredAt = DateTimeOffset.UtcNow });

        var timeline = (await LeadClient.GetAsync(client, id)).GetProperty("timeline").EnumerateArray().ToList();
        var entry = timeline.Where(e => e.GetProperty("module").GetString() == "messaging").ShouldHaveSingleItem();
        entry.GetProperty("type").GetString().ShouldBe("message.sent");
        entry.GetProperty("summary").GetString().ShouldBe("First SMS sent.");
        timeline[0].GetProperty("type").GetString().ShouldBe("message.sent", "newest first, by when it happened");
    }

    public void Dispose() => folders.Dispose();
}
