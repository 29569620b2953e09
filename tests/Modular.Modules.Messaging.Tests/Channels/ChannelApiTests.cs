using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Channels;

public sealed class ChannelApiTests(SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private FakeTwilioServer twilio = null!;

    public async Task InitializeAsync() => twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    [Fact]
    public async Task The_channel_types_are_every_active_channel_plugin_with_the_settings_it_takes()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var types = (await client.GetFromJsonAsync<JsonElement>("/api/v1/channels/types")).EnumerateArray().ToList();

        types.Select(t => t.GetProperty("type").GetString()).ShouldBeUnique();
        types.Select(t => t.GetProperty("type").GetString()).ShouldContain("sandbox");
        var twilioType = types.Single(t => t.GetProperty("type").GetString() == "twilio");
        twilioType.GetProperty("addressKind").GetString().ShouldBe("phone");
        var token = twilioType.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "authToken");
        token.GetProperty("secret").GetBoolean().ShouldBeTrue();
        types.Single(t => t.GetProperty("type").GetString() == "whatsapp").GetProperty("freeTextWindowHours").GetDouble().ShouldBe(24);
    }

    [Fact]
    public async Task A_created_channel_answers_its_inbound_url_and_names_its_secrets_without_ever_showing_them()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);

        var response = await client.PostAsJsonAsync("/api/v1/channels", TwilioChannels.Body(twilio));
        var createdText = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, createdText);
        var created = JsonSerializer.Deserialize<JsonElement>(createdText);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/channels/{id}");
        created.GetProperty("type").GetString().ShouldBe("twilio");
        created.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        created.GetProperty("conversationDefault").GetBoolean().ShouldBeTrue();
        created.GetProperty("inboundUrl").GetString().ShouldStartWith("http://localhost/hooks/channels/");
        created.GetProperty("inboundUrl").GetString()!.Length.ShouldBeGreaterThan("http://localhost/hooks/channels/".Length + 20, "the inbound key is long and random");
        created.GetProperty("settings").GetProperty("accountSid").GetString().ShouldBe(twilio.AccountSid);
        created.GetProperty("settings").TryGetProperty("authToken", out _).ShouldBeFalse();
        created.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()).ShouldBe(["authToken"]);

        var listed = await client.GetStringAsync("/api/v1/channels");
        var shown = await client.GetStringAsync($"/api/v1/channels/{id}");
        foreach (var text in new[] { createdText, listed, shown })
            text.ShouldNotContain(twilio.AuthToken);
        JsonSerializer.Deserialize<JsonElement>(shown).GetProperty("inboundUrl").GetString().ShouldBe(created.GetProperty("inboundUrl").GetString());

        await using var stored = HostTables.Messaging(shared.Host, tenant.Id);
        stored.Set<Modules.Messaging.Channels.TenantChannel>().Single().Secrets.ShouldNotContain(twilio.AuthToken, Case.Sensitive, "secrets are encrypted at rest");
    }

    [Fact]
    public async Task An_unknown_type_a_missing_required_setting_and_an_unknown_setting_answer_400_naming_the_fields()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var unknownType = await client.PostAsJsonAsync("/api/v1/channels", new { type = "pigeon", name = "Birds", settings = new { } });
        var missing = await client.PostAsJsonAsync("/api/v1/channels", new { type = "twilio", name = "SMS", settings = new { accountSid = "AC1" } });
        var unknownSetting = await client.PostAsJsonAsync("/api/v1/channels", new
        {
            type = "twilio", name = "SMS", settings = new { accountSid = "AC1", authToken = "t", colour = "blue" },
        });

        (await ErrorsAsync(unknownType)).ShouldContainKey("type");
        (await ErrorsAsync(missing)).ShouldContainKey("settings.authToken");
        var errors = await ErrorsAsync(unknownSetting);
        errors.ShouldContainKey("settings.colour");
        errors.Count.ShouldBe(1);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/channels")).GetArrayLength().ShouldBe(0, "nothing refused was stored");
    }

    [Fact]
    public async Task Patch_renames_disables_and_replaces_a_secret_given_while_one_left_out_keeps_its_value()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var created = await MessagingApi.CreateChannelAsync(client, TwilioChannels.Body(twilio));
        var id = created.GetProperty("id").GetGuid();
        var inbound = TwilioChannels.InboundUrl(created);
        var anonymous = shared.Host.CreateClient();
        var incoming = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "Bonjour");

        var renamed = await client.PatchAsJsonAsync($"/api/v1/channels/{id}", new { name = "SMS France", enabled = false, settings = new { from = "+15005550007" } });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var view = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("name").GetString().ShouldBe("SMS France");
        view.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        view.GetProperty("settings").GetProperty("from").GetString().ShouldBe("+15005550007");
        view.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()).ShouldBe(["authToken"]);
        (await incoming.PostAsync(anonymous, inbound, twilio.AuthToken)).StatusCode.ShouldBe(HttpStatusCode.OK, "the auth token left out was kept");

        var rotated = await client.PatchAsJsonAsync($"/api/v1/channels/{id}", new { settings = new { authToken = "the-new-token" } });
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rotated.Content.ReadAsStringAsync()).ShouldNotContain("the-new-token");
        (await incoming.PostAsync(anonymous, inbound, twilio.AuthToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the old token no longer verifies");
        (await incoming.PostAsync(anonymous, inbound, "the-new-token")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var removeRequired = await client.PatchAsJsonAsync($"/api/v1/channels/{id}", new Dictionary<string, object> { ["settings"] = new Dictionary<string, string?> { ["accountSid"] = null } });
        (await ErrorsAsync(removeRequired)).ShouldContainKey("settings.accountSid");
    }

    [Fact]
    public async Task One_channel_at_most_is_the_conversation_default()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var first = await MessagingApi.CreateChannelAsync(client, TwilioChannels.Body(twilio, conversationDefault: true));
        var second = await MessagingApi.CreateChannelAsync(client, TwilioChannels.Body(twilio, conversationDefault: true));

        var channels = (await client.GetFromJsonAsync<JsonElement>("/api/v1/channels")).EnumerateArray().ToList();

        channels.Single(c => c.GetProperty("conversationDefault").GetBoolean()).GetProperty("id").GetGuid().ShouldBe(second.GetProperty("id").GetGuid());
        channels.Select(c => c.GetProperty("id").GetGuid()).ShouldBe([first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid()]);
    }

    [Fact]
    public async Task Another_tenants_channel_answers_404_to_every_verb_and_is_left_unchanged()
    {
        var owner = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var id = (await MessagingApi.CreateChannelAsync(owner.Client(shared.Host), TwilioChannels.Body(twilio))).GetProperty("id").GetGuid();
        var path = $"/api/v1/channels/{id}";

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(shared.Host, owner, stranger, HttpMethod.Get, path);
        var strangerClient = stranger.Client(shared.Host);
        await MessagingApi.ShouldBeProblemAsync(await strangerClient.PatchAsJsonAsync(path, new { name = "Mine now" }), HttpStatusCode.NotFound);
        await MessagingApi.ShouldBeProblemAsync(await strangerClient.PostAsJsonAsync($"{path}/test", new { to = "+33612345678" }), HttpStatusCode.NotFound);
        (await strangerClient.GetFromJsonAsync<JsonElement>("/api/v1/channels")).GetArrayLength().ShouldBe(0);
        (await owner.Client(shared.Host).GetFromJsonAsync<JsonElement>(path)).GetProperty("name").GetString().ShouldBe("SMS");
        twilio.Attempts.ShouldBeEmpty("a stranger's test action sent nothing");
    }

    [Fact]
    public async Task Channels_are_managed_with_the_channels_scope_which_members_keys_do_not_hold()
    {
        var tenant = await ScopedTenants.NewTenantAsync(shared, "messages:read", "messages:write");
        var client = tenant.Client(shared.Host);

        (await client.GetAsync("/api/v1/channels")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/api/v1/channels", TwilioChannels.Body(twilio))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/leads/{Guid.NewGuid()}/messages")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_test_action_sends_through_the_channel_and_answers_what_the_provider_said()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var channel = await MessagingApi.CreateChannelAsync(client, TwilioChannels.Body(twilio));
        var id = channel.GetProperty("id").GetGuid();
        var reachable = MessagingApi.NewPhone();
        var unsubscribed = MessagingApi.NewPhone();
        twilio.OptOut(unsubscribed);

        var sent = await TestAsync(client, id, reachable);
        var refused = await TestAsync(client, id, unsubscribed);
        var afterwards = await TestAsync(client, id, unsubscribed);
        var wrongKind = await client.PostAsJsonAsync($"/api/v1/channels/{id}/test", new { to = "ada@example.com" });

        sent.GetProperty("status").GetString().ShouldBe("sent");
        var accepted = twilio.Messages.ShouldHaveSingleItem();
        accepted.To.ShouldBe(reachable);
        accepted.StatusCallback.ShouldBe(TwilioChannels.InboundUrl(channel), "Twilio reports deliveries to the channel's inbound URL");
        refused.GetProperty("status").GetString().ShouldBe("suppressed", "Twilio's 21610 means the number unsubscribed");
        afterwards.GetProperty("status").GetString().ShouldBe("suppressed");
        twilio.Attempts.Count.ShouldBe(2, "a suppressed number is not even tried");
        (await ErrorsAsync(wrongKind)).ShouldContainKey("to");
    }

    [Fact]
    public async Task The_api_description_lists_the_messaging_endpoints_with_their_summaries()
    {
        var document = await shared.Host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/channels", "/api/v1/channels/types", "/api/v1/channels/{id}", "/api/v1/channels/{id}/test", "/hooks/channels/{inboundKey}", "/api/v1/sandbox/leads/{leadId}/replies", "/api/v1/leads/{leadId}/messages" })
        {
            paths.TryGetProperty(path, out var operations).ShouldBeTrue(path);
            var described = operations.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)).ToList();
            described.ShouldNotBeEmpty(path);
            described.Where(o => !o.Value.TryGetProperty("summary", out var _)).Select(o => o.Name).ShouldBeEmpty($"every operation on {path} says what it does");
        }
    }

    private static async Task<JsonElement> TestAsync(HttpClient client, Guid channelId, string to)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/channels/{channelId}/test", new { to });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Dictionary<string, JsonElement>> ErrorsAsync(HttpResponseMessage response)
    {
        await MessagingApi.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
    }
}
