using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Sending;

public sealed class SendMessageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_tenant_without_channels_sends_through_the_sandbox_and_one_idempotency_key_never_sends_twice()
    {
        var tenant = await shared.NewTenantAsync();
        var leadId = Guid.NewGuid();
        var request = new SendMessage(tenant.Id, leadId, MessagingApi.NewPhone(), "Bonjour, une question rapide ?", $"conversation/{Guid.NewGuid()}/step/1");

        var first = await MessagingApi.SendAsync(shared.Host, request);
        var retry = await MessagingApi.SendAsync(shared.Host, request);

        first.Status.ShouldBe(SendStatus.Sent);
        first.Channel.ShouldBe("sandbox");
        retry.ShouldBe(first, "a retry answers what the first call did");
        var stored = (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        stored.Id.ShouldBe(first.MessageId);
        stored.LeadId.ShouldBe(leadId);
        stored.Status.ShouldBe(MessageStatuses.Accepted);
        var sent = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageSent))).ShouldHaveSingleItem();
        sent.GetProperty("messageId").GetGuid().ShouldBe(first.MessageId);
        sent.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        sent.GetProperty("channel").GetString().ShouldBe("sandbox");
        sent.GetProperty("segments").GetInt32().ShouldBe(1);
        sent.GetProperty("idempotencyKey").GetString().ShouldBe(request.IdempotencyKey);
    }

    [Fact]
    public async Task Sends_racing_under_one_key_store_one_message_and_publish_one_MessageSent()
    {
        var tenant = await shared.NewTenantAsync();
        var request = new SendMessage(tenant.Id, Guid.NewGuid(), MessagingApi.NewPhone(), "Bonjour", $"race/{Guid.NewGuid()}");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => MessagingApi.SendAsync(shared.Host, request))));

        results.ShouldAllBe(r => r.Status == SendStatus.Sent || r.Status == SendStatus.RetryLater);
        results.Select(r => r.MessageId).Distinct().ShouldHaveSingleItem();
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageSent))).ShouldHaveSingleItem();
        (await MessagingApi.SendAsync(shared.Host, request)).Status.ShouldBe(SendStatus.Sent, "once the race is over, every retry answers Sent");
    }

    [Fact]
    public async Task A_suppressed_address_is_never_written_to_on_that_tenant_and_suppressing_twice_publishes_once()
    {
        var tenant = await shared.NewTenantAsync();
        var other = await shared.NewTenantAsync();
        var phone = MessagingApi.NewPhone();
        var leadId = Guid.NewGuid();

        (await MessagingApi.SuppressAsync(shared.Host, new SuppressAddress(tenant.Id, phone, leadId, "reply: remove me from your list"))).ShouldBeTrue();
        (await MessagingApi.SuppressAsync(shared.Host, new SuppressAddress(tenant.Id, phone.Replace("+33", "+33 "), leadId, "again"))).ShouldBeTrue();
        var refused = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Bonjour", $"k/{Guid.NewGuid()}"));
        var elsewhere = await MessagingApi.SendAsync(shared.Host, new SendMessage(other.Id, null, phone, "Bonjour", $"k/{Guid.NewGuid()}"));

        refused.Status.ShouldBe(SendStatus.Suppressed);
        elsewhere.Status.ShouldBe(SendStatus.Sent, "the suppression list is the tenant's own");
        var suppression = (await HostTables.SuppressionsAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        suppression.AddressHash.ShouldBe(Addresses.Hash(phone));
        suppression.AddressHash.ShouldNotContain(phone[1..], Case.Insensitive, "only the hash is kept");
        var optedOut = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, "AddressOptedOut")).ShouldHaveSingleItem();
        optedOut.GetProperty("addressHash").GetString().ShouldBe(suppression.AddressHash);
        optedOut.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageSent))).ShouldBeEmpty();
        var stored = (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem("the refusal is kept, so the message shows and a retry answers the same");
        stored.Status.ShouldBe(MessageStatuses.Suppressed);
        stored.ProviderMessageId.ShouldBeNull();
        stored.ChannelKey.ShouldBe("sandbox", "the channel it would have gone through");
    }

    [Fact]
    public async Task An_email_address_without_an_email_channel_has_no_channel_and_nothing_is_stored()
    {
        var tenant = await shared.NewTenantAsync();

        var result = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, "rep@example.com", "Hot lead", $"alert/{Guid.NewGuid()}", Subject: "Hot lead"));
        var named = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, MessagingApi.NewPhone(), "Hi", $"k/{Guid.NewGuid()}", Channel: "twilio"));

        result.Status.ShouldBe(SendStatus.NoChannel);
        result.MessageId.ShouldBe(Guid.Empty);
        named.Status.ShouldBe(SendStatus.NoChannel, "a named channel the tenant has not configured is not replaced by another");
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_twilio_configured_conversations_go_through_it_and_its_refusals_are_understood()
    {
        await using var twilio = await FakeTwilioServer.StartAsync();
        var tenant = await shared.NewTenantAsync();
        await MessagingApi.CreateChannelAsync(tenant.Client(shared.Host), TwilioChannels.Body(twilio, conversationDefault: false));
        var leadId = Guid.NewGuid();
        var phone = MessagingApi.NewPhone();
        var unsubscribed = MessagingApi.NewPhone();
        twilio.OptOut(unsubscribed);
        var throttled = new SendMessage(tenant.Id, leadId, phone, "Deuxième question", $"k/{Guid.NewGuid()}");

        var sent = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Première question", $"k/{Guid.NewGuid()}"));
        twilio.RateLimitNext(1, TimeSpan.FromSeconds(7));
        var later = await MessagingApi.SendAsync(shared.Host, throttled);
        var retried = await MessagingApi.SendAsync(shared.Host, throttled);
        var refused = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, unsubscribed, "Bonjour", $"k/{Guid.NewGuid()}"));
        var attemptsAfterRefusal = twilio.Attempts.Count;
        var never = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, unsubscribed, "Bonjour", $"k/{Guid.NewGuid()}"));

        sent.Status.ShouldBe(SendStatus.Sent);
        sent.Channel.ShouldBe("twilio", "the tenant's first enabled phone channel, ahead of the sandbox");
        later.Status.ShouldBe(SendStatus.RetryLater);
        later.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        retried.Status.ShouldBe(SendStatus.Sent);
        retried.MessageId.ShouldBe(later.MessageId, "the retry takes up the same message");
        twilio.Messages.Select(m => m.Body).ShouldBe(["Première question", "Deuxième question"]);
        refused.Status.ShouldBe(SendStatus.Suppressed);
        never.Status.ShouldBe(SendStatus.Suppressed);
        twilio.Attempts.Count.ShouldBe(attemptsAfterRefusal, "after 21610 the number is on the suppression list and never tried again");
        var stored = await HostTables.MessagesAsync(shared.Host, tenant.Id);
        stored.Single(m => m.Id == sent.MessageId).ProviderMessageId.ShouldBe(twilio.Messages[0].Sid);
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, "AddressOptedOut")).ShouldHaveSingleItem().GetProperty("channel").GetString().ShouldBe("twilio");
    }
}
