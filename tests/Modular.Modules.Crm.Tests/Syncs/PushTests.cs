using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Crm.Tests.Infrastructure;

namespace Modular.Modules.Crm.Tests.Syncs;

/// <summary>Leads pushed to a fake HubSpot through the host's HubSpot plugin, by hand and on a verdict.</summary>
public sealed class PushTests(CrmHost shared) : IClassFixture<CrmHost>, IAsyncLifetime
{
    private FakeHubSpotServer hubspot = null!;

    public async Task InitializeAsync() => hubspot = await FakeHubSpotServer.StartAsync();

    public async Task DisposeAsync() => await hubspot.DisposeAsync();

    [Fact]
    public async Task Pushing_after_a_500_and_a_429_and_pushing_again_leave_exactly_one_contact()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot));
        var leadId = await CrmApi.CreateLeadAsync(client);
        hubspot.FailNextWithServerError();
        hubspot.RateLimitNext(1, TimeSpan.FromSeconds(1));

        var first = await CrmApi.PushAsync(client, leadId);
        first.GetProperty("status").GetString().ShouldBe("queued");
        var done = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(first.GetProperty("id").GetGuid(), "succeeded"), "the first push");
        var second = await CrmApi.PushAsync(client, leadId);
        var again = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(second.GetProperty("id").GetGuid(), "succeeded"), "the second push");

        done.GetProperty("attempts").GetInt32().ShouldBe(3, "the 500 and the 429 were each retried");
        var contact = hubspot.Contacts.ShouldHaveSingleItem();
        contact.Email.ShouldBe("jeanne.dupont@example.fr");
        done.GetProperty("remoteId").GetString().ShouldBe(contact.Id);
        again.GetProperty("remoteId").GetString().ShouldBe(contact.Id);
        done.GetProperty("reportAttached").GetBoolean().ShouldBeFalse("the lead has no qualification report yet");
        hubspot.Notes.ShouldBeEmpty();
        var limited = hubspot.Requests.Select((r, i) => (r, i)).Single(x => x.r.StatusCode == 429);
        hubspot.Requests.Count.ShouldBe(4, "500, 429, then one upsert per push");
        limited.i.ShouldBe(1);
    }

    [Fact]
    public async Task A_lead_the_conversation_finds_hot_is_pushed_with_its_report_as_a_note_and_mapped_answers()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot, syncOn: ["hot"]));
        var leadId = await Conversation.QualifyAsHotAsync(shared.Host, client);

        var pushed = await CrmApi.SyncWhenAsync(client, leadId, s => s.GetProperty("status").GetString() == "succeeded", "the push on the verdict");

        pushed.GetProperty("trigger").GetString().ShouldBe("verdict");
        pushed.GetProperty("reportAttached").GetBoolean().ShouldBeTrue();
        var contact = hubspot.Contacts.ShouldHaveSingleItem();
        contact.Properties["budget"].ShouldBe("300000", "the answer is mapped to the field the client chose, as understood");
        var note = hubspot.Notes.ShouldHaveSingleItem();
        note.ContactIds.ShouldBe([contact.Id]);
        note.Body.ShouldContain("Hot");
        note.Body.ShouldContain("environ 300k");
        await TimelineShowsAsync(client, leadId, "crm.synced");
    }

    [Fact]
    public async Task A_push_failing_every_attempt_is_parked_with_the_reason_then_goes_through_when_retried_by_hand()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot));
        var leadId = await CrmApi.CreateLeadAsync(client);
        hubspot.FailNextWithServerError(3);

        var push = await CrmApi.PushAsync(client, leadId);
        var syncId = push.GetProperty("id").GetGuid();
        var parked = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(syncId, "parked"), "the push to be parked");
        parked.GetProperty("lastError").GetString()!.ShouldContain("Gave up after 3 attempts");
        hubspot.Contacts.ShouldBeEmpty();
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/crm/syncs?status=parked");
        listed.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([syncId]);

        var retried = await client.PostAsync($"/api/v1/crm/syncs/{syncId}/retry", null);
        retried.StatusCode.ShouldBe(HttpStatusCode.Accepted, await retried.Content.ReadAsStringAsync());
        await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(syncId, "succeeded"), "the retried push");
        hubspot.Contacts.ShouldHaveSingleItem();
        (await client.PostAsync($"/api/v1/crm/syncs/{syncId}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "only a parked push is retried by hand");
    }

    [Fact]
    public async Task A_refused_token_parks_the_push_at_once_and_once_the_token_is_replaced_a_retry_goes_through()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var connectorId = (await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot, token: "pat-eu1-revoked"))).GetProperty("id").GetGuid();
        var leadId = await CrmApi.CreateLeadAsync(client);

        var push = await CrmApi.PushAsync(client, leadId);
        var syncId = push.GetProperty("id").GetGuid();
        var parked = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(syncId, "parked"), "the push to be parked");
        parked.GetProperty("attempts").GetInt32().ShouldBe(1, "retrying cannot fix a refused token");
        parked.GetProperty("lastError").GetString()!.ShouldContain("access token");
        parked.GetProperty("lastError").GetString()!.ShouldNotContain("pat-eu1-revoked");

        var patched = await client.PatchAsJsonAsync($"/api/v1/crm/connectors/{connectorId}", new { credentials = new { accessToken = hubspot.AccessToken } });
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        (await patched.Content.ReadAsStringAsync()).ShouldNotContain(hubspot.AccessToken);
        (await client.PostAsync($"/api/v1/crm/syncs/{syncId}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(syncId, "succeeded"), "the push retried with the new token");
        hubspot.Contacts.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task After_four_failures_in_a_row_the_connectors_circuit_opens_and_its_pushes_wait_for_it()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var connectorId = (await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot))).GetProperty("id").GetGuid();
        hubspot.FailNextWithServerError(4);
        var first = await CrmApi.CreateLeadAsync(client, "first@example.fr");
        var firstPush = (await CrmApi.PushAsync(client, first)).GetProperty("id").GetGuid();
        await CrmApi.SyncWhenAsync(client, first, CrmApi.Is(firstPush, "parked"), "three failures to park the first push");

        var second = await CrmApi.CreateLeadAsync(client, "second@example.fr", "+33698765432");
        var secondPush = (await CrmApi.PushAsync(client, second)).GetProperty("id").GetGuid();
        var waiting = await CrmApi.SyncWhenAsync(client, second, s => s.GetProperty("id").GetGuid() == secondPush && s.GetProperty("attempts").GetInt32() == 1
            && s.GetProperty("status").GetString() == "retrying", "the fourth failure");
        var connector = await client.GetFromJsonAsync<JsonElement>($"/api/v1/crm/connectors/{connectorId}");

        var pausedUntil = connector.GetProperty("pausedUntil").GetDateTimeOffset();
        waiting.GetProperty("nextAttemptAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(pausedUntil, "a push waits for the circuit, not only its own backoff");
        await CrmApi.SyncWhenAsync(client, second, CrmApi.Is(secondPush, "succeeded"), "the push after the pause");
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/crm/connectors/{connectorId}")).GetProperty("pausedUntil").ValueKind.ShouldBe(JsonValueKind.Null, "a success closes the circuit");
    }

    [Fact]
    public async Task Another_tenants_lead_and_push_answer_404_and_a_tenant_without_a_connector_is_told_to_create_one()
    {
        var owner = (await shared.NewTenantAsync()).Client(shared.Host);
        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(owner, CrmApi.HubSpot(hubspot));
        var leadId = await CrmApi.CreateLeadAsync(owner);
        var push = await CrmApi.PushAsync(owner, leadId);
        await CrmApi.SyncWhenAsync(owner, leadId, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the push");

        await ShouldBeProblemAsync(await stranger.PostAsync($"/api/v1/leads/{leadId}/crm-sync", null), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await stranger.GetAsync($"/api/v1/leads/{leadId}/crm-syncs"), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await stranger.PostAsync($"/api/v1/crm/syncs/{push.GetProperty("id").GetGuid()}/retry", null), HttpStatusCode.NotFound);
        var ownLead = await CrmApi.CreateLeadAsync(stranger);
        await ShouldBeProblemAsync(await stranger.PostAsync($"/api/v1/leads/{ownLead}/crm-sync", null), HttpStatusCode.Conflict);
    }

    // The timeline entry travels through the outbox too, and may land just after the push is marked done.
    private static async Task TimelineShowsAsync(HttpClient client, Guid leadId, string type)
    {
        var lead = "";
        for (var attempt = 0; attempt < 100 && !lead.Contains(type, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            lead = await client.GetStringAsync($"/api/v1/leads/{leadId}");
        }
        lead.ShouldContain(type);
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
