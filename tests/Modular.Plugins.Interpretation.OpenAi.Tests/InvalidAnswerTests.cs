using System.Text.Json.Nodes;
using Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;
using static Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure.ModelAnswers;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

/// <summary>Well-formed completions whose answer breaks the question's rules: each throws, so the built-in interpreter answers.</summary>
public sealed class InvalidAnswerTests : IAsyncLifetime
{
    private FakeChatCompletionsServer server = null!;
    private InterpreterPluginScope plugin = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        // json_object, as from a provider that only promises JSON: the schema cannot have stopped these answers.
        plugin = InterpreterPluginScope.For(server, ("responseFormat", "json_object"));
    }

    public async Task DisposeAsync()
    {
        plugin.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_choice_that_is_not_offered_is_refused()
    {
        server.AnswerNext(Understood("Château"));

        var failure = await FailsAsync(Questions.PropertyType(), "un château");

        failure.Message.ShouldContain("not one of the choices");
    }

    [Theory]
    [InlineData("next spring")]
    [InlineData("2027-02-30")]
    [InlineData("01/02/2027")]
    [InlineData("2027-2-1")]
    [InlineData("2027-02-01T00:00:00")]
    public async Task A_date_that_is_not_a_real_yyyy_mm_dd_is_refused(string date)
    {
        server.AnswerNext(Understood(date));

        var failure = await FailsAsync(Questions.MoveDate(), "bientôt");

        failure.Message.ShouldContain("yyyy-MM-dd");
    }

    [Fact]
    public async Task A_number_that_does_not_parse_is_refused()
    {
        server.AnswerNext(Understood("a lot"));

        (await FailsAsync(Questions.Budget(), "beaucoup")).Message.ShouldContain("does not parse");
    }

    [Theory]
    [InlineData(10, 20, 30)]
    [InlineData(25, 30, 20)]
    public async Task A_number_outside_its_own_range_is_refused(int value, int min, int max)
    {
        server.AnswerNext(Understood(value, min, max));

        (await FailsAsync(Questions.Budget(), "20 à 30k")).Message.ShouldContain("outside its own range");
    }

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("1")]
    public async Task A_yes_no_value_that_is_not_true_or_false_is_refused(string value)
    {
        server.AnswerNext(Understood(JsonNode.Parse(value)));

        (await FailsAsync(Questions.YesNo(), "bof")).Message.ShouldContain("neither true nor false");
    }

    [Fact]
    public async Task Understood_without_a_value_is_refused()
    {
        server.AnswerNext(Understood(null));

        await FailsAsync(Questions.YesNo(), "oui");
    }

    [Fact]
    public async Task Content_that_is_not_json_is_refused()
    {
        server.AnswerNext("Sure! The lead said yes.");

        (await FailsAsync(Questions.YesNo(), "oui")).Message.ShouldContain("not JSON");
    }

    [Theory]
    [InlineData("""{"understood":true,"value":true,"min":null,"max":null,"confidence":0.9,"optOut":false}""", "has no explanation")]
    [InlineData("""{"understood":"yes","value":true,"min":null,"max":null,"confidence":0.9,"optOut":false,"explanation":""}""", "understood that is not true or false")]
    [InlineData("""{"understood":true,"value":true,"min":null,"max":null,"confidence":"high","optOut":false,"explanation":""}""", "no confidence")]
    [InlineData("""[true]""", "not a JSON object")]
    public async Task Content_that_is_not_the_shape_asked_for_is_refused(string content, string problem)
    {
        server.AnswerNext(content);

        (await FailsAsync(Questions.YesNo(), "oui")).Message.ShouldContain(problem);
    }

    [Fact]
    public async Task A_question_type_the_interpreter_does_not_know_is_not_sent()
    {
        var question = Questions.YesNo() with { Type = "rating" };

        await Should.ThrowAsync<InterpretationFailedException>(() => plugin.Interpreter.InterpretAsync(question, "5 étoiles", CancellationToken.None));

        server.Requests.ShouldBeEmpty();
    }

    private async Task<InterpretationFailedException> FailsAsync(QuestionSpec question, string reply)
    {
        var failure = await Should.ThrowAsync<InterpretationFailedException>(() => plugin.Interpreter.InterpretAsync(question, reply, CancellationToken.None));
        failure.Message.ShouldNotContain(reply);
        return failure;
    }
}
