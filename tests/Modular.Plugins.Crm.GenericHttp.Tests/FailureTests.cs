using Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;

namespace Modular.Plugins.Crm.GenericHttp.Tests;

/// <summary>How the endpoint's failures reach the host: what to retry and when, what to park, and what the client is told.</summary>
public sealed class FailureTests : IAsyncLifetime, IDisposable
{
    private readonly GenericHttpPluginScope plugin = new();
    private FakeCrmReceiver receiver = null!;

    private ICrmConnector Connector => plugin.Connector;

    [Fact]
    public async Task A_redirect_is_a_permanent_failure_and_is_not_followed()
    {
        // The redirect leads back to the endpoint itself: followed, it would arrive and be recorded as a second call.
        receiver.RedirectNext(new Uri(receiver.BaseUrl + "?token=" + receiver.Secret));

        var result = await Connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("HTTP 302");
        result.Message.ShouldContain("redirects are not followed");
        result.Message.ShouldContain("?token=[secret]", Case.Sensitive, "the target is shown with the secret blanked out");
        result.Message.ShouldNotContain(receiver.Secret);
        receiver.Requests.ShouldHaveSingleItem().StatusCode.ShouldBe(302);
        receiver.Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_409_is_a_conflict_with_the_endpoints_reason()
    {
        receiver.AddRecord("j.dupont@other.example", "+33612345678", "Jeanne", "Dupont");

        var result = await Connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Conflict);
        result.Message.ShouldNotBeNull().ShouldContain("has this phone but the email j.dupont@other.example");
        receiver.Records.ShouldHaveSingleItem().Email.ShouldBe("j.dupont@other.example");
    }

    [Fact]
    public async Task A_429_with_an_http_date_waits_until_that_date()
    {
        receiver.RateLimitNext(1, TimeSpan.FromSeconds(20), asHttpDate: true);

        var result = await Connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        // An HTTP date has whole seconds: the wait is what remains of the 20 s once the date was rounded down and the call made.
        result.RetryAfter.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromSeconds(17), TimeSpan.FromSeconds(20));
        result.Message.ShouldNotBeNull().ShouldContain("Too many requests.");
    }

    [Fact]
    public async Task Another_4xx_is_permanent_and_shows_the_start_of_what_the_endpoint_said()
    {
        var result = await Connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(email: null, phone: null), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldBe("""The endpoint refused the request (HTTP 422): {"error":"lead.email or lead.phone is required."}""");
    }

    [Fact]
    public async Task An_endpoint_that_cannot_be_reached_is_worth_retrying()
    {
        var gone = Pushes.To(receiver);
        await receiver.DisposeAsync();

        var result = await Connector.UpsertLeadAsync(gone, Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.Message.ShouldNotBeNull().ShouldContain("could not be reached");
    }

    public async Task InitializeAsync() => receiver = await FakeCrmReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
