using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Qualification.Tests.Interpretation;

/// <summary>POST /api/v1/qualification/interpret through the real host, as the acceptance protocol calls it.</summary>
public sealed class InterpretEndpointTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Path = "/api/v1/qualification/interpret";

    [Fact]
    public async Task A_yes_no_reply_answers_a_json_boolean_with_confidence_and_no_opt_out()
    {
        var answer = await InterpretAsync(new { locale = "fr", question = new { type = "yes_no" }, reply = "Carrément 👍" });

        answer.GetProperty("understood").GetBoolean().ShouldBeTrue();
        answer.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.True);
        answer.GetProperty("confidence").GetDouble().ShouldBeInRange(0.5, 1);
        answer.GetProperty("optOut").GetBoolean().ShouldBeFalse();
        answer.GetProperty("min").ValueKind.ShouldBe(JsonValueKind.Null, "min and max are for numbers");
    }

    [Fact]
    public async Task A_number_range_answers_json_numbers_with_min_and_max()
    {
        var answer = await InterpretAsync(new { locale = "fr", question = new { type = "number", unit = "€" }, reply = "entre 200 et 300k" });

        answer.GetProperty("value").GetDecimal().ShouldBe(250000);
        answer.GetProperty("min").GetDecimal().ShouldBe(200000);
        answer.GetProperty("max").GetDecimal().ShouldBe(300000);

        var single = await InterpretAsync(new { locale = "en", question = new { type = "number" }, reply = "two hundred thousand" });
        single.GetProperty("value").GetDecimal().ShouldBe(200000);
        single.GetProperty("min").GetDecimal().ShouldBe(single.GetProperty("max").GetDecimal());
    }

    [Fact]
    public async Task A_choice_answers_the_exact_choice_given_as_a_string_or_with_synonyms()
    {
        var choices = new object[] { "Maison", new { value = "Appartement", synonyms = new[] { "appart", "T3" } }, "Terrain" };

        (await InterpretAsync(new { locale = "fr", question = new { type = "choice", choices }, reply = "un T3 svp" })).GetProperty("value").GetString().ShouldBe("Appartement");
        (await InterpretAsync(new { locale = "fr", question = new { type = "choice", choices }, reply = "la 3" })).GetProperty("value").GetString().ShouldBe("Terrain");
    }

    [Fact]
    public async Task A_date_answers_an_iso_date_from_the_given_now()
    {
        var answer = await InterpretAsync(new { locale = "fr", question = new { type = "date" }, reply = "dans 3 mois", now = "2027-01-31T09:00:00+01:00" });

        answer.GetProperty("value").GetString().ShouldBe("2027-04-30");
    }

    [Fact]
    public async Task Without_now_tomorrow_is_the_tenants_tomorrow_in_its_time_zone()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var before = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime).AddDays(1);

        var answer = await InterpretAsync(new { locale = "en", question = new { type = "date" }, reply = "tomorrow" });

        var after = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime).AddDays(1);
        // Read twice so a run across midnight in Paris still has one right answer.
        answer.GetProperty("value").GetString().ShouldBeOneOf(before.ToString("yyyy-MM-dd"), after.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task A_plain_language_refusal_is_an_opt_out_and_text_is_kept_as_written()
    {
        var optOut = await InterpretAsync(new { locale = "en", question = new { type = "number" }, reply = "remove me from your list" });
        optOut.GetProperty("optOut").GetBoolean().ShouldBeTrue();
        optOut.GetProperty("understood").GetBoolean().ShouldBeFalse();

        var text = await InterpretAsync(new { locale = "fr", question = new { type = "text" }, reply = "Vue mer si possible" });
        text.GetProperty("value").GetString().ShouldBe("Vue mer si possible");
    }

    [Fact]
    public async Task An_interpreter_that_is_not_installed_gives_way_to_the_built_in_one()
    {
        var answer = await InterpretAsync(new { locale = "fr", question = new { type = "yes_no" }, reply = "ouais", interpreter = "openai" });

        answer.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.True);
        answer.GetProperty("explanation").GetString().ShouldBe("Compris comme « oui » d'après la réponse « ouais ».");
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_naming_every_field_at_fault()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "de", question = new { type = "rating" } }), "locale", "question.type", "reply");
        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "fr", question = new { type = "choice" }, reply = "la 2" }), "question.choices");
        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "fr", question = new { type = "choice", choices = new object[] { "A", 3 } }, reply = "A" }), "question.choices[1]");
        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "en", question = new { type = "text" }, reply = new string('a', 2001) }), "reply");
        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "en", question = new { type = "date" }, reply = "tomorrow", now = "2027-01-31T09:00:00" }), "now");
        await ProblemAsync(await client.PostAsJsonAsync(Path, new { locale = "en", reply = "yes" }), "question");
        await ProblemAsync(await client.PostAsync(Path, new StringContent("", Encoding.UTF8, "application/json")), "body");
    }

    [Fact]
    public async Task An_unknown_field_is_refused_rather_than_ignored()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var response = await client.PostAsync(Path, new StringContent("""{"locale":"en","question":{"type":"yes_no"},"reply":"yes","lang":"en"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_key_without_a_qualification_scope_is_forbidden_and_no_key_is_unauthorized()
    {
        var tenant = await TestTenant.CreateAsync(shared.Host, "Scoped" + Guid.NewGuid().ToString("N")[..8], "leads:read");
        var body = new { locale = "en", question = new { type = "yes_no" }, reply = "yes" };

        (await tenant.Client(shared.Host).PostAsJsonAsync(Path, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shared.Host.CreateClient().PostAsJsonAsync(Path, body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<JsonElement> InterpretAsync(object body)
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var response = await client.PostAsJsonAsync(Path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static async Task ProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonSerializer.Deserialize<JsonElement>(text).GetProperty("errors");
        foreach (var field in fields)
            errors.TryGetProperty(field, out _).ShouldBeTrue($"the problem should name '{field}': {text}");
    }
}
