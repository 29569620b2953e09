using System.Net;
using System.Net.Sockets;
using Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;
using static Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure.ModelAnswers;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

/// <summary>Every way the provider can fail throws, with a message that names the failure and nothing the lead or the operator wrote.</summary>
public sealed class ProviderFailureTests : IAsyncLifetime
{
    private const string Reply = "Oui, je suis propriétaire depuis 2019";

    private FakeChatCompletionsServer server = null!;
    private InterpreterPluginScope plugin = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        plugin = InterpreterPluginScope.For(server);
    }

    public async Task DisposeAsync()
    {
        plugin.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_server_error_throws()
    {
        server.FailNextWithServerError();

        (await FailsAsync()).Message.ShouldBe("The chat-completions provider answered 500 (server_error).");
    }

    [Fact]
    public async Task A_rate_limit_throws_with_the_wait_asked()
    {
        server.RateLimitNext(1, TimeSpan.FromSeconds(20));

        (await FailsAsync()).Message.ShouldBe("The chat-completions provider answered 429 (rate_limit_exceeded), retry after 20 s.");
    }

    [Fact]
    public async Task No_answer_within_the_timeout_throws()
    {
        // Short only here: elsewhere a busy test machine must not turn a slow answer into a timeout.
        using var impatient = InterpreterPluginScope.For(server, ("timeoutSeconds", "0.5"));
        server.StallNext();

        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => impatient.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));

        failure.Message.ShouldBe("The chat-completions provider did not answer within 0.5 s.");
        server.Requests.ShouldHaveSingleItem().StatusCode.ShouldBe(0);
    }

    [Fact]
    public async Task The_callers_cancellation_cancels_rather_than_fails()
    {
        using var patient = InterpreterPluginScope.For(server, ("timeoutSeconds", "600"));
        server.StallNext();
        using var cancellation = new CancellationTokenSource();

        var call = patient.Interpreter.InterpretAsync(Questions.YesNo(), Reply, cancellation.Token);
        await WaitUntilAsync(() => server.Requests.Count == 1);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task No_api_key_throws_before_anything_is_sent()
    {
        using var keyless = InterpreterPluginScope.For(server, ("apiKey", null));

        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => keyless.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));

        failure.Message.ShouldContain("No API key is configured");
        failure.Message.ShouldContain("Extensions:interpretation.openai:apiKey");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_api_key_throws_without_quoting_it()
    {
        const string wrongKey = "sk-wrong-9f8e7d6c5b4a";
        using var misconfigured = InterpreterPluginScope.For(server, ("apiKey", wrongKey));

        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => misconfigured.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));

        failure.Message.ShouldBe("The chat-completions provider answered 401 (invalid_api_key).");
        failure.ToString().ShouldNotContain(wrongKey);
        server.Requests.Single().Authorization.ShouldBe($"Bearer {wrongKey}");
    }

    [Fact]
    public async Task A_refusal_throws()
    {
        server.RefuseNext("I can't help with that request about this person.");

        var failure = await FailsAsync();

        failure.Message.ShouldBe("The model refused to interpret the reply.");
    }

    [Fact]
    public async Task An_answer_cut_short_throws()
    {
        server.CutShortNext("""{"understood":true,"value":tr""");

        (await FailsAsync()).Message.ShouldContain("finish_reason length");
    }

    [Fact]
    public async Task A_body_that_is_not_json_throws()
    {
        server.AnswerNextWithMalformedBody();

        (await FailsAsync()).Message.ShouldBe("The chat-completions provider's answer is not JSON.");
    }

    [Fact]
    public async Task Nothing_scripted_is_a_server_error_not_a_hang()
    {
        (await FailsAsync()).Message.ShouldContain("500");
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_throws()
    {
        using var nowhere = InterpreterPluginScope.For(server, ("baseUrl", $"http://127.0.0.1:{ClosedPort()}/v1"));

        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => nowhere.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));

        failure.Message.ShouldStartWith("The chat-completions provider could not be reached");
    }

    [Fact]
    public async Task A_base_url_that_is_not_http_throws()
    {
        using var misconfigured = InterpreterPluginScope.For(server, ("baseUrl", "file:///etc/openai"));

        await Should.ThrowAsync<InterpretationFailedException>(() => misconfigured.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));
    }

    [Fact]
    public async Task After_a_failure_the_next_reply_is_interpreted()
    {
        server.FailNextWithServerError();
        server.AnswerNext(Understood(true));

        await FailsAsync();
        var answer = await plugin.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None);

        answer.Value.ShouldBe("true");
    }

    private async Task<InterpretationFailedException> FailsAsync()
    {
        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => plugin.Interpreter.InterpretAsync(Questions.YesNo(), Reply, CancellationToken.None));
        failure.ToString().ShouldNotContain(server.ApiKey);
        failure.ToString().ShouldNotContain(Reply);
        return failure;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
            await Task.Delay(25);
        condition().ShouldBeTrue();
    }
}
