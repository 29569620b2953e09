using System.Text.Json;
using Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;

namespace Modular.Plugins.Crm.HubSpot.Tests;

/// <summary>The connector as a feed of the contacts created in HubSpot (<see cref="ICrmLeadFeed"/>).</summary>
public sealed class HubSpotLeadFeedTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualClock clock = new(Start);
    private readonly HubSpotPluginScope plugin;
    private FakeHubSpotServer hubspot = null!;

    public HubSpotLeadFeedTests() => plugin = new HubSpotPluginScope(time: clock);

    private ICrmLeadFeed Feed => plugin.Connector.ShouldBeAssignableTo<ICrmLeadFeed>()!;

    [Fact]
    public async Task The_feed_starts_at_its_first_read_so_contacts_created_before_are_not_fed()
    {
        Contact("old", Start.AddDays(-1));

        var first = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), null, default);
        var created = Contact("new", Start.AddSeconds(1));
        clock.Now = Start.AddMinutes(1);
        var second = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), first.NextCursor, default);

        first.Failure.ShouldBeNull();
        first.Leads.ShouldBeEmpty();
        first.NextCursor.ShouldNotBeNull();
        second.Failure.ShouldBeNull(second.Failure?.Message);
        second.Leads.ShouldHaveSingleItem().RemoteId.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Contacts_come_oldest_first_across_pages_and_the_next_read_returns_only_newer_ones()
    {
        var cursor = await StartAsync();
        // Added out of order, so that their ids do not follow their creation dates.
        foreach (var seconds in Enumerable.Range(1, 150).OrderBy(i => i % 7).ThenBy(i => i))
            Contact($"c{seconds}", Start.AddSeconds(seconds));
        clock.Now = Start.AddHours(1);

        var first = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);
        var rest = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), first.NextCursor, default);
        var none = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), rest.NextCursor, default);
        var newest = Contact("newest", Start.AddHours(2));
        clock.Now = Start.AddHours(3);
        var later = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), none.NextCursor, default);

        first.Leads.Count.ShouldBe(100);
        var read = first.Leads.Concat(rest.Leads).ToList();
        read.Select(l => l.CreatedAt).ShouldBeInOrder(SortDirection.Ascending);
        read.Select(l => l.RemoteId).Distinct().Count().ShouldBe(150);
        var oldest = hubspot.Contacts.Single(c => c.Email == "c1@example.fr");
        read[0].ShouldBe(new CrmIncomingLead(oldest.Id, "c1@example.fr", oldest.Properties["phone"], "Jeanne", "C1", "C1 SARL", Start.AddSeconds(1)));
        none.Leads.ShouldBeEmpty();
        none.NextCursor.ShouldBe(rest.NextCursor, "nothing new keeps the cursor");
        later.Leads.ShouldHaveSingleItem().RemoteId.ShouldBe(newest.Id);
    }

    [Fact]
    public async Task A_contact_created_in_the_millisecond_that_ended_a_page_is_not_skipped()
    {
        var cursor = await StartAsync();
        foreach (var seconds in Enumerable.Range(1, 99))
            Contact($"c{seconds}", Start.AddSeconds(seconds));
        var sharedMillisecond = Start.AddSeconds(100).AddMilliseconds(123);
        var pair = new[] { Contact("twin1", sharedMillisecond), Contact("twin2", sharedMillisecond) };
        clock.Now = Start.AddHours(1);

        var first = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);
        var second = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), first.NextCursor, default);

        first.Leads.Count.ShouldBe(100);
        first.Leads[^1].CreatedAt.ShouldBe(sharedMillisecond);
        var read = first.Leads.Concat(second.Leads).Select(l => l.RemoteId).ToHashSet();
        read.Count.ShouldBe(101);
        read.ShouldContain(pair[0].Id);
        read.ShouldContain(pair[1].Id);
    }

    [Fact]
    public async Task More_than_a_page_of_contacts_in_one_millisecond_are_all_read_and_the_feed_then_moves_on()
    {
        var cursor = await StartAsync();
        var imported = Start.AddSeconds(5);
        for (var i = 0; i < 250; i++)
            Contact($"import{i}", imported);
        clock.Now = Start.AddHours(1);

        var read = new HashSet<string>();
        var reads = 0;
        CrmLeadPage page;
        do
        {
            page = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);
            page.Failure.ShouldBeNull(page.Failure?.Message);
            read.UnionWith(page.Leads.Select(l => l.RemoteId));
            cursor = page.NextCursor;
        }
        while (page.Leads.Count > 0 && ++reads < 10);
        var newest = Contact("newest", Start.AddHours(2));
        clock.Now = Start.AddHours(3);
        var later = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);

        reads.ShouldBeLessThan(10, "a run of equal dates must not hold the feed in place");
        read.Count.ShouldBe(250);
        later.Leads.ShouldHaveSingleItem().RemoteId.ShouldBe(newest.Id);
    }

    [Fact]
    public async Task A_contact_younger_than_the_settling_delay_waits_for_a_later_read()
    {
        var cursor = await StartAsync();
        var created = Contact("fresh", Start.AddSeconds(10));

        clock.Now = Start.AddSeconds(20);
        var early = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);
        clock.Now = Start.AddSeconds(41);
        var settled = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), early.NextCursor, default);

        early.Leads.ShouldBeEmpty("HubSpot may not have indexed a contact this young for search yet");
        early.NextCursor.ShouldBe(cursor);
        settled.Leads.ShouldHaveSingleItem().RemoteId.ShouldBe(created.Id);
    }

    [Fact]
    public async Task The_read_is_a_createdate_search_sorted_ascending_from_the_cursor()
    {
        var cursor = await StartAsync();

        await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);

        var request = hubspot.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/crm/v3/objects/contacts/search");
        using var body = JsonDocument.Parse(request.Body);
        var filters = body.RootElement.GetProperty("filterGroups").EnumerateArray().ShouldHaveSingleItem().GetProperty("filters").EnumerateArray()
            .Select(f => (f.GetProperty("propertyName").GetString(), f.GetProperty("operator").GetString(), f.GetProperty("value").GetString())).ToList();
        filters.ShouldContain(("createdate", "GTE", cursor));
        var sort = body.RootElement.GetProperty("sorts").EnumerateArray().ShouldHaveSingleItem();
        (sort.GetProperty("propertyName").GetString(), sort.GetProperty("direction").GetString()).ShouldBe(("createdate", "ASCENDING"));
        body.RootElement.GetProperty("properties").EnumerateArray().Select(p => p.GetString())
            .ShouldBe(["email", "phone", "firstname", "lastname", "company", "createdate"], ignoreOrder: true);
        body.RootElement.GetProperty("limit").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task A_refused_token_and_a_rate_limit_come_back_as_failures_keeping_the_cursor_without_the_token()
    {
        var cursor = await StartAsync();
        const string wrongToken = "pat-eu1-not-the-token-42";

        var refused = await Feed.ReadNewLeadsAsync(Leads.To(hubspot, wrongToken), cursor, default);
        hubspot.RateLimitNext(1, TimeSpan.FromSeconds(7));
        var limited = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), cursor, default);

        var permanent = refused.Failure.ShouldNotBeNull();
        permanent.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        permanent.Message.ShouldNotBeNull().ShouldContain("access token");
        permanent.Message.ShouldNotContain(wrongToken);
        refused.Leads.ShouldBeEmpty();
        refused.NextCursor.ShouldBe(cursor);
        var retryable = limited.Failure.ShouldNotBeNull();
        retryable.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        retryable.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        retryable.Message.ShouldNotBeNull().ShouldNotContain(hubspot.AccessToken);
        limited.NextCursor.ShouldBe(cursor);
    }

    [Fact]
    public async Task A_cursor_the_feed_did_not_write_is_refused_without_calling_hubspot()
    {
        var page = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), "next-page-please", default);

        page.Failure.ShouldNotBeNull().Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        page.NextCursor.ShouldBe("next-page-please");
        hubspot.Requests.ShouldBeEmpty();
    }

    private async Task<string> StartAsync()
    {
        var first = await Feed.ReadNewLeadsAsync(Leads.To(hubspot), null, default);
        return first.NextCursor.ShouldNotBeNull();
    }

    private FakeHubSpotContact Contact(string name, DateTimeOffset createdAt) =>
        hubspot.AddContact(new Dictionary<string, string>
        {
            ["email"] = $"{name}@example.fr",
            ["phone"] = $"+336{hubspot.Contacts.Count + 1:00000000}",
            ["firstname"] = "Jeanne",
            ["lastname"] = name.ToUpperInvariant(),
            ["company"] = $"{name.ToUpperInvariant()} SARL",
        }, createdAt);

    public async Task InitializeAsync() => hubspot = await FakeHubSpotServer.StartAsync();

    public async Task DisposeAsync() => await hubspot.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
