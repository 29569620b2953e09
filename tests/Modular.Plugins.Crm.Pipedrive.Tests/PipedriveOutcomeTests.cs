using System.Globalization;
using Modular.Plugins.Crm.Pipedrive.Tests.Infrastructure;

namespace Modular.Plugins.Crm.Pipedrive.Tests;

/// <summary>The connector as a reader of deals won or lost (<see cref="ICrmOutcomeReader"/>).</summary>
public sealed class PipedriveOutcomeTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly PipedrivePluginScope plugin = new();
    private FakePipedriveServer pipedrive = null!;

    private ICrmOutcomeReader Reader => plugin.Connector.ShouldBeAssignableTo<ICrmOutcomeReader>()!;

    [Fact]
    public async Task A_won_deal_is_its_persons_outcome_with_the_amount_in_minor_units_and_a_lost_one_has_no_amount()
    {
        var jeanne = pipedrive.AddPerson("Jeanne Dupont", "jeanne.dupont@example.fr");
        var paul = pipedrive.AddPerson("Paul Martin", "paul.martin@example.fr");
        var won = pipedrive.AddDeal(jeanne.Id, "won", 1234.5m, "EUR", Monday.AddHours(1));
        pipedrive.AddDeal(paul.Id, "lost", 800m, "EUR", Monday.AddHours(2));

        var page = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default);

        page.Failure.ShouldBeNull(page.Failure?.Message);
        won.Id.ShouldNotBe(jeanne.Id, "the outcome must name the person, not the deal");
        page.Outcomes.ShouldBe([
            new CrmOutcome(jeanne.Id.ToString(CultureInfo.InvariantCulture), true, 123450, "EUR", Monday.AddHours(1)),
            new CrmOutcome(paul.Id.ToString(CultureInfo.InvariantCulture), false, null, null, Monday.AddHours(2)),
        ]);
    }

    [Theory]
    [InlineData("EUR", "1234.5", 123450)]
    [InlineData("JPY", "5000", 5000)]
    [InlineData("KRW", "12000", 12000)]
    [InlineData("BHD", "1.234", 1234)]
    [InlineData("KWD", "10", 10000)]
    [InlineData("USD", "19.999", 2000)]
    public async Task An_amount_is_counted_in_the_minor_unit_of_its_currency(string currency, string value, long minor)
    {
        var person = pipedrive.AddPerson("Jeanne Dupont");
        pipedrive.AddDeal(person.Id, "won", decimal.Parse(value, CultureInfo.InvariantCulture), currency, Monday);

        var page = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default);

        var outcome = page.Outcomes.ShouldHaveSingleItem();
        outcome.AmountMinor.ShouldBe(minor);
        outcome.Currency.ShouldBe(currency);
    }

    [Fact]
    public async Task Open_deals_and_deals_linked_to_no_person_are_no_outcomes()
    {
        var person = pipedrive.AddPerson("Jeanne Dupont");
        pipedrive.AddDeal(person.Id, "open", 500m, "EUR");
        pipedrive.AddDeal(null, "won", 500m, "EUR", Monday);

        var page = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default);

        page.Failure.ShouldBeNull(page.Failure?.Message);
        page.Outcomes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Outcomes_come_oldest_first_across_pages_and_a_read_from_the_returned_cursor_returns_only_newer_ones()
    {
        var person = pipedrive.AddPerson("Jeanne Dupont");
        // Added out of order, so that their ids do not follow the time they were decided.
        foreach (var minutes in Enumerable.Range(1, 150).OrderBy(i => i % 7).ThenBy(i => i))
            pipedrive.AddDeal(person.Id, "won", minutes, "EUR", Monday.AddMinutes(minutes));

        var first = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default);
        var rest = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), first.NextCursor, default);
        var none = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), rest.NextCursor, default);
        pipedrive.AddDeal(person.Id, "lost", null, "EUR", Monday.AddDays(1));
        var later = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), none.NextCursor, default);

        first.Outcomes.Count.ShouldBe(100);
        var read = first.Outcomes.Concat(rest.Outcomes).Select(o => o.DecidedAt).ToList();
        read.ShouldBe(Enumerable.Range(1, 150).Select(minutes => Monday.AddMinutes(minutes)), "oldest first, each once");
        none.Outcomes.ShouldBeEmpty();
        none.NextCursor.ShouldBe(rest.NextCursor, "nothing new keeps the cursor");
        later.Outcomes.ShouldHaveSingleItem().ShouldBe(new CrmOutcome(person.Id.ToString(CultureInfo.InvariantCulture), false, null, null, Monday.AddDays(1)));
        var listed = pipedrive.Requests.Select(r => r.Path).ToList();
        listed.ShouldAllBe(path => path.StartsWith("/api/v2/deals?") && path.Contains("status=won,lost") && path.Contains("sort_by=update_time") && path.Contains("sort_direction=asc"));
        listed[0].ShouldNotContain("updated_since", Case.Sensitive, "the first read starts from the company's first deal");
        listed[1].ShouldContain("updated_since=");
    }

    [Fact]
    public async Task A_deal_decided_in_the_second_a_read_ended_on_comes_in_the_next_read_without_the_ones_already_read()
    {
        var jeanne = pipedrive.AddPerson("Jeanne Dupont");
        var paul = pipedrive.AddPerson("Paul Martin");
        pipedrive.AddDeal(jeanne.Id, "won", 100m, "EUR", Monday);

        var first = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default);
        pipedrive.AddDeal(paul.Id, "lost", null, "EUR", Monday);
        var second = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), first.NextCursor, default);
        var third = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), second.NextCursor, default);

        first.Outcomes.ShouldHaveSingleItem().RemoteId.ShouldBe(jeanne.Id.ToString(CultureInfo.InvariantCulture));
        second.Outcomes.ShouldHaveSingleItem().RemoteId.ShouldBe(paul.Id.ToString(CultureInfo.InvariantCulture));
        third.Outcomes.ShouldBeEmpty();
    }

    [Fact]
    public async Task More_than_a_page_of_deals_decided_in_one_second_are_all_read_and_the_reader_then_moves_on()
    {
        var persons = Enumerable.Range(0, 250).Select(i => pipedrive.AddPerson($"Person {i}")).ToList();
        foreach (var person in persons)
            pipedrive.AddDeal(person.Id, "lost", null, "EUR", Monday);
        var latecomer = pipedrive.AddPerson("Latecomer");

        var read = new List<string>();
        string? cursor = null;
        var reads = 0;
        while (reads++ < 12 && !read.Contains(latecomer.Id.ToString(CultureInfo.InvariantCulture)))
        {
            var page = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), cursor, default);
            page.Failure.ShouldBeNull(page.Failure?.Message);
            read.AddRange(page.Outcomes.Select(o => o.RemoteId));
            cursor = page.NextCursor;
            if (reads == 5)
                pipedrive.AddDeal(latecomer.Id, "won", 10m, "EUR", Monday.AddSeconds(1));
        }

        reads.ShouldBeLessThan(12, "a run of deals updated together must not hold the reader in place");
        read.Count.ShouldBe(251, "each outcome once");
        read.ToHashSet().Count.ShouldBe(251);
    }

    [Fact]
    public async Task A_refused_token_and_a_rate_limit_come_back_as_failures_keeping_the_cursor_without_the_token()
    {
        const string wrongToken = "ffffffffffffffffffffffffffffffffffffffff";
        var cursor = (await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), null, default)).NextCursor;

        var refused = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive, wrongToken), cursor, default);
        pipedrive.RateLimitNext(1, TimeSpan.FromSeconds(4));
        var limited = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), cursor, default);

        var permanent = refused.Failure.ShouldNotBeNull();
        permanent.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        permanent.Message.ShouldNotBeNull().ShouldContain("API token");
        permanent.Message.ShouldNotContain(wrongToken);
        refused.Outcomes.ShouldBeEmpty();
        refused.NextCursor.ShouldBe(cursor);
        var retryable = limited.Failure.ShouldNotBeNull();
        retryable.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        retryable.RetryAfter.ShouldBe(TimeSpan.FromSeconds(4));
        retryable.Message.ShouldNotBeNull().ShouldNotContain(pipedrive.ApiToken);
        limited.NextCursor.ShouldBe(cursor);
    }

    [Fact]
    public async Task A_cursor_the_reader_did_not_write_is_refused_without_calling_pipedrive()
    {
        var page = await Reader.ReadOutcomesAsync(Pushes.To(pipedrive), "page-2", default);

        page.Failure.ShouldNotBeNull().Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        page.NextCursor.ShouldBe("page-2");
        pipedrive.Requests.ShouldBeEmpty();
    }

    public async Task InitializeAsync() => pipedrive = await FakePipedriveServer.StartAsync();

    public async Task DisposeAsync() => await pipedrive.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
