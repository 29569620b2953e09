using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Messaging.Tests.SubjectRights;

/// <summary>
/// A person's rights of access and erasure over the messages exchanged with them and the alerts about them; their
/// place on the suppression list is shown as the hash it is, and kept; never another tenant's messages.
/// </summary>
public sealed class SubjectRightsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Module = "messaging";
    private readonly SubjectRightsRequests rights = new(shared.Host, Module);
    private const string Email = "jeanne.dupont@example.fr";

    [Fact]
    public async Task Access_shows_the_messages_with_the_person_the_alerts_quoting_them_and_their_suppression_as_a_hash()
    {
        var scene = await SceneAsync();

        var sections = await rights.CollectAsync(scene.TenantId, scene.Subject);

        var messages = sections.Section("messages").Records;
        messages.Select(m => m["body"]).ShouldBe(["Bonjour Jeanne, une question rapide ?", "oui", "Toujours intéressée ?", "STOP"], ignoreOrder: true);
        messages.Single(m => m["body"] == "oui")["direction"].ShouldBe("in");
        messages.Single(m => m["body"] == "Toujours intéressée ?")["leadId"].ShouldBeNull("sent without a lead, found by the person's number");
        var alert = sections.Section("alerts to reps").Records.ShouldHaveSingleItem();
        alert["address"].ShouldBe(scene.RepPhone);
        alert["body"]!.ShouldContain(scene.Phone);
        var suppressed = sections.Section("suppression list").Records.ShouldHaveSingleItem();
        suppressed["address"].ShouldBe(scene.Phone);
        suppressed["addressHash"].ShouldBe(Addresses.Hash(scene.Phone));
        suppressed["stored"]!.ShouldContain("hash");
        sections.ShouldNotContain(s => s.Records.Any(r => r.Values.Any(v => v != null && v.Contains("Paul"))), "the stranger's and the other lead's messages are not the person's");
    }

    [Fact]
    public async Task Erasure_removes_the_messages_and_alerts_keeps_the_suppression_and_running_it_again_erases_nothing()
    {
        var scene = await SceneAsync();
        var client = scene.Client;

        var outcomes = await rights.EraseAsync(scene.TenantId, scene.Subject);

        outcomes.Single(o => o.Category == "messages").ShouldBe(new ErasureOutcome(Module, "messages", ErasureActions.Erased, 4));
        outcomes.Single(o => o.Category == "alerts to reps").Records.ShouldBe(1);
        var kept = outcomes.Single(o => o.Category == "suppression list");
        kept.Action.ShouldBe(ErasureActions.Kept);
        kept.Records.ShouldBe(1);
        kept.Detail!.ShouldContain("never contacted again");
        (await MessagingApi.LeadMessagesAsync(client, scene.LeadId)).ShouldBeEmpty();
        var left = await HostTables.MessagesAsync(shared.Host, scene.TenantId);
        left.Select(m => m.Body).ShouldBe(["Hot : Paul Martin (+33600000001)", "Bonjour Paul"], ignoreOrder: true, "another lead's messages and an alert about someone else stay");
        (await HostTables.SuppressionsAsync(shared.Host, scene.TenantId)).ShouldHaveSingleItem().AddressHash.ShouldBe(Addresses.Hash(scene.Phone));

        var again = await rights.EraseAsync(scene.TenantId, scene.Subject);
        again.Where(o => o.Action == ErasureActions.Erased).ShouldAllBe(o => o.Records == 0, "the job may run twice: the second run finds nothing");
        again.Single(o => o.Action == ErasureActions.Kept).Records.ShouldBe(1);
        (await MessagingApi.SendAsync(shared.Host, new SendMessage(scene.TenantId, null, scene.Phone, "Re-bonjour", $"k/{Guid.NewGuid()}"))).Status
            .ShouldBe(SendStatus.Suppressed, "the person is never written to again");
    }

    [Fact]
    public async Task Another_tenants_messages_to_the_same_person_are_neither_shown_nor_erased()
    {
        var scene = await SceneAsync();

        var shown = (await rights.CollectAsync(scene.TenantId, scene.Subject with { LeadIds = [scene.LeadId, scene.StrangerLeadId] })).Section("messages").Records;
        await rights.EraseAsync(scene.TenantId, scene.Subject with { LeadIds = [scene.LeadId, scene.StrangerLeadId] });

        shown.ShouldNotContain(m => m["body"] == "Bonjour de la part d'un autre client");
        (await HostTables.MessagesAsync(shared.Host, scene.StrangerId)).ShouldHaveSingleItem().Body.ShouldBe("Bonjour de la part d'un autre client");
    }

    private sealed record Scene(Guid TenantId, HttpClient Client, Guid LeadId, string Phone, string RepPhone, SubjectLeads Subject, Guid StrangerId, Guid StrangerLeadId);

    /// <summary>
    /// Jeanne's lead written to and replying, then a message to her number without a lead, an SMS alert to a rep
    /// quoting her, and her STOP; beside her, another lead and an alert about someone else; and another tenant writing to her.
    /// </summary>
    private async Task<Scene> SceneAsync()
    {
        var tenant = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        var (leadId, otherLead, strangerLead) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var phone = MessagingApi.NewPhone();
        var repPhone = MessagingApi.NewPhone();

        await SendAsync(tenant.Id, leadId, phone, "Bonjour Jeanne, une question rapide ?");
        (await MessagingApi.PlayReplyAsync(client, leadId, "oui")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await SendAsync(tenant.Id, null, phone, "Toujours intéressée ?");
        await SendAsync(tenant.Id, null, repPhone, $"Hot : Jeanne Dupont ({phone}, {Email})");
        await SendAsync(tenant.Id, null, repPhone, "Hot : Paul Martin (+33600000001)");
        await SendAsync(tenant.Id, otherLead, MessagingApi.NewPhone(), "Bonjour Paul");
        await SendAsync(stranger.Id, strangerLead, phone, "Bonjour de la part d'un autre client");
        (await MessagingApi.PlayReplyAsync(client, leadId, "STOP")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await HostTables.SuppressionsAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();

        // What the Leads module answers for her: her lead, and her addresses.
        var subject = new SubjectLeads([leadId], [Email, phone]);
        return new Scene(tenant.Id, client, leadId, phone, repPhone, subject, stranger.Id, strangerLead);
    }

    private async Task SendAsync(Guid tenantId, Guid? leadId, string to, string body) =>
        (await MessagingApi.SendAsync(shared.Host, new SendMessage(tenantId, leadId, to, body, $"k/{Guid.NewGuid()}"))).Status.ShouldBe(SendStatus.Sent);
}
