using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;
using static Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure.ModelAnswers;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

public sealed class InterpretingTests : IAsyncLifetime
{
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
    public void The_interpreter_is_offered_under_the_key_openai() => plugin.Interpreter.Key.ShouldBe("openai");

    [Fact]
    public async Task A_yes_no_reply_is_read_as_true_or_false()
    {
        server.AnswerNext(Understood(true, confidence: 0.95, explanation: "« ouais carrément » veut dire oui."), Understood(false));

        var yes = await InterpretAsync(Questions.YesNo(), "ouais carrément");
        var no = await InterpretAsync(Questions.YesNo("en"), "nope, renting");

        yes.Understood.ShouldBeTrue();
        yes.Value.ShouldBe("true");
        yes.Confidence.ShouldBe(0.95);
        yes.Explanation.ShouldBe("« ouais carrément » veut dire oui.");
        yes.Min.ShouldBeNull();
        yes.OptOut.ShouldBeFalse();
        no.Value.ShouldBe("false");
    }

    [Fact]
    public async Task A_number_range_gives_its_middle_and_its_ends()
    {
        server.AnswerNext(Understood(275000, min: 250000, max: 300000));

        var budget = await InterpretAsync(Questions.Budget(), "entre 250 et 300k");

        budget.Understood.ShouldBeTrue();
        budget.Value.ShouldBe("275000");
        budget.Min.ShouldBe(250000m);
        budget.Max.ShouldBe(300000m);
    }

    [Fact]
    public async Task A_single_number_is_its_own_min_and_max_written_without_trailing_zeros()
    {
        server.AnswerNext(Understood(JsonNode.Parse("250000.0")));

        var budget = await InterpretAsync(Questions.Budget(), "250 000 €");

        budget.Value.ShouldBe("250000");
        budget.Min.ShouldBe(250000m);
        budget.Max.ShouldBe(250000m);
    }

    [Fact]
    public async Task An_open_range_keeps_its_open_end_null()
    {
        server.AnswerNext(Understood(1.5m, min: 1.5m, max: null));

        var budget = await InterpretAsync(Questions.Budget("en"), "at least 1.5");

        budget.Value.ShouldBe("1.5");
        budget.Min.ShouldBe(1.5m);
        budget.Max.ShouldBeNull();
    }

    [Fact]
    public async Task A_choice_is_stored_with_the_questions_own_spelling()
    {
        server.AnswerNext(Understood("Appartement"), Understood("maison"));

        var flat = await InterpretAsync(Questions.PropertyType(), "un appart, plutôt");
        var house = await InterpretAsync(Questions.PropertyType(), "la 1ère");

        flat.Value.ShouldBe("Appartement");
        house.Value.ShouldBe("Maison");
    }

    [Fact]
    public async Task A_date_is_an_iso_date()
    {
        server.AnswerNext(Understood("2026-12-01"));

        var moving = await InterpretAsync(Questions.MoveDate(), "le mois prochain");

        moving.Understood.ShouldBeTrue();
        moving.Value.ShouldBe("2026-12-01");
        moving.Min.ShouldBeNull();
    }

    [Fact]
    public async Task Free_text_is_kept_as_the_lead_wrote_it_not_as_the_model_saw_it()
    {
        server.AnswerNext(Understood("Call me after 6pm on [phone]"));

        var comment = await InterpretAsync(Questions.Comment(), "  Call me after 6pm on 07700 900123 ");

        comment.Understood.ShouldBeTrue();
        comment.Value.ShouldBe("Call me after 6pm on 07700 900123");
        server.Requests.ShouldHaveSingleItem().Text.ShouldNotContain("07700 900123");
    }

    [Fact]
    public async Task An_opt_out_is_reported_whatever_the_question()
    {
        server.AnswerNext(OptOut());

        var stop = await InterpretAsync(Questions.Budget(), "arrêtez de m'écrire");

        stop.OptOut.ShouldBeTrue();
        stop.Understood.ShouldBeFalse();
        stop.Value.ShouldBeNull();
        stop.Confidence.ShouldBe(0.97);
    }

    [Fact]
    public async Task A_reply_that_does_not_answer_is_not_understood_and_carries_no_value()
    {
        server.AnswerNext(NotUnderstood());

        var answer = await InterpretAsync(Questions.MoveDate("en"), "who is this?");

        answer.Understood.ShouldBeFalse();
        answer.Value.ShouldBeNull();
        answer.OptOut.ShouldBeFalse();
        answer.Explanation.ShouldBe("The reply does not answer the question.");
    }

    [Theory]
    [InlineData(1.7, 1)]
    [InlineData(-0.3, 0)]
    public async Task Confidence_is_clamped_between_0_and_1(double said, double kept)
    {
        server.AnswerNext(Understood(true, confidence: said));

        var answer = await InterpretAsync(Questions.YesNo(), "oui");

        answer.Confidence.ShouldBe(kept);
    }

    [Fact]
    public async Task The_request_names_the_model_at_temperature_0_with_the_key_and_a_strict_json_schema()
    {
        server.AnswerNext(Understood(true));

        await InterpretAsync(Questions.YesNo(), "oui");

        var request = server.Requests.ShouldHaveSingleItem();
        request.StatusCode.ShouldBe(200, "the fake checks the strict schema the way OpenAI does");
        request.Path.ShouldBe("/v1/chat/completions");
        request.Authorization.ShouldBe($"Bearer {server.ApiKey}");
        request.Model.ShouldBe(InterpreterPluginScope.Model);
        request.Temperature.ShouldBe(0);
        request.ResponseFormatType.ShouldBe("json_schema");
        var definition = request.ResponseFormat!.Value.GetProperty("json_schema");
        definition.GetProperty("strict").GetBoolean().ShouldBeTrue();
        var schema = definition.GetProperty("schema");
        schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        schema.GetProperty("required").EnumerateArray().Select(name => name.GetString())
            .ShouldBe(["understood", "value", "min", "max", "confidence", "optOut", "explanation"], ignoreOrder: true);
        schema.GetProperty("properties").GetProperty("value").GetProperty("type").EnumerateArray().Select(type => type.GetString())
            .ShouldBe(["boolean", "null"]);
    }

    [Fact]
    public async Task A_choice_questions_schema_allows_only_its_choices()
    {
        server.AnswerNext(Understood("Maison"));

        await InterpretAsync(Questions.PropertyType(), "une maison");

        var value = server.Requests.Single().ResponseFormat!.Value.GetProperty("json_schema").GetProperty("schema").GetProperty("properties").GetProperty("value");
        var choices = value.GetProperty("anyOf")[0];
        choices.GetProperty("enum").EnumerateArray().Select(choice => choice.GetString()).ShouldBe(["Maison", "Appartement"]);
        value.GetProperty("anyOf")[1].GetProperty("type").GetString().ShouldBe("null");
    }

    [Fact]
    public async Task The_user_message_carries_the_question_its_choices_the_local_date_and_the_reply()
    {
        server.AnswerNext(Understood("Appartement"));

        await InterpretAsync(Questions.PropertyType(), "un loft en ville");

        var request = server.Requests.Single();
        using var user = JsonDocument.Parse(request.UserContent!);
        var root = user.RootElement;
        root.GetProperty("locale").GetString().ShouldBe("fr");
        root.GetProperty("type").GetString().ShouldBe("choice");
        root.GetProperty("today").GetString().ShouldBe("2026-11-22");
        root.GetProperty("weekday").GetString().ShouldBe("Sunday");
        root.GetProperty("question").GetString().ShouldBe("Vous cherchez une maison ou un appartement ?");
        root.GetProperty("reply").GetString().ShouldBe("un loft en ville");
        root.GetProperty("choices")[1].GetProperty("value").GetString().ShouldBe("Appartement");
        root.GetProperty("choices")[1].GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).ShouldBe(["appart", "studio", "loft"]);
        root.TryGetProperty("unit", out _).ShouldBeFalse();
        request.SystemContent.ShouldNotBeNull();
        foreach (var property in new[] { "understood", "value", "min", "max", "confidence", "optOut", "explanation" })
            request.SystemContent.ShouldContain($"\"{property}\"");
    }

    [Fact]
    public async Task A_number_questions_unit_is_sent()
    {
        server.AnswerNext(Understood(300000));

        await InterpretAsync(Questions.Budget(), "300k");

        using var user = JsonDocument.Parse(server.Requests.Single().UserContent!);
        user.RootElement.GetProperty("unit").GetString().ShouldBe("€");
    }

    [Fact]
    public async Task A_base_url_without_a_version_is_used_as_given()
    {
        using var unversioned = InterpreterPluginScope.For(server, ("baseUrl", server.RootUrl.AbsoluteUri));
        server.AnswerNext(Understood(true));

        var answer = await unversioned.Interpreter.InterpretAsync(Questions.YesNo(), "oui", CancellationToken.None);

        answer.Value.ShouldBe("true");
        server.Requests.Single().Path.ShouldBe("/chat/completions");
    }

    [Fact]
    public async Task Providers_without_structured_outputs_can_be_asked_for_a_json_object()
    {
        using var jsonObject = InterpreterPluginScope.For(server, ("responseFormat", "json_object"));
        server.AnswerNext(Understood("2027-03-20"));

        var answer = await jsonObject.Interpreter.InterpretAsync(Questions.MoveDate(), "au printemps prochain", CancellationToken.None);

        answer.Value.ShouldBe("2027-03-20");
        var request = server.Requests.Single();
        request.ResponseFormatType.ShouldBe("json_object");
        request.StatusCode.ShouldBe(200, "OpenAI refuses json_object unless the messages say JSON");
    }

    [Fact]
    public async Task Answers_may_be_computed_from_the_request()
    {
        server.AnswerWith(request => request.UserContent!.Contains("\"reply\":\"oui\"") ? Understood(true) : Understood(false));

        (await InterpretAsync(Questions.YesNo(), "oui")).Value.ShouldBe("true");
        (await InterpretAsync(Questions.YesNo(), "non")).Value.ShouldBe("false");
    }

    [Fact]
    public async Task A_setting_changed_while_running_applies_to_the_next_reply()
    {
        server.AnswerNext(Understood(true), Understood(true));
        await InterpretAsync(Questions.YesNo(), "oui");

        plugin.Configuration["model"] = "gpt-4.1-nano";
        await InterpretAsync(Questions.YesNo(), "oui");

        server.Requests.Select(request => request.Model).ShouldBe([InterpreterPluginScope.Model, "gpt-4.1-nano"]);
    }

    private Task<Modular.Sdk.Extensions.Interpretation.AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply) =>
        plugin.Interpreter.InterpretAsync(question, reply, CancellationToken.None);
}
