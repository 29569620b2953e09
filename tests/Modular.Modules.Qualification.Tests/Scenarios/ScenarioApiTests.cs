using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Qualification.Tests.Scenarios;

public sealed class ScenarioApiTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private static object Definition(string question) => new
    {
        locales = new[] { "en" },
        intro = new { en = "Hi {{firstName}}, {{companyName}} here. Reply STOP to opt out." },
        questions = new object[] { new { key = "budget", type = "number", unit = "€", text = new { en = question } } },
        rules = new object[] { new { verdict = "Hot", when = new object[] { new { question = "budget", op = "gte", value = 1000 } } } },
        fallbackVerdict = "ToReview",
        closings = new { Hot = new { en = "Thanks!" } },
    };

    [Fact]
    public async Task A_new_tenant_has_the_default_scenario_in_french_and_english()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var scenarios = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/qualification/scenarios");

        var scenario = scenarios!.ShouldHaveSingleItem();
        scenario.GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        scenario.GetProperty("definition").GetProperty("locales").EnumerateArray().Select(l => l.GetString()).ShouldBe(["fr", "en"]);
    }

    [Fact]
    public async Task A_revision_is_a_new_version_and_every_version_stays_readable()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var created = await client.PostAsJsonAsync("/api/v1/qualification/scenarios", new { name = "Solar", definition = Definition("Budget?") });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var revised = await client.PutAsJsonAsync($"/api/v1/qualification/scenarios/{id}", new { name = "Solar", definition = Definition("What budget?") });

        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        (await revised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(2);
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/qualification/scenarios/{id}/versions/1");
        first.GetProperty("definition").GetProperty("questions")[0].GetProperty("text").GetProperty("en").GetString().ShouldBe("Budget?");
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_field_by_field_and_nothing_is_stored()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var invalid = new
        {
            locales = new[] { "en" },
            intro = new { en = "Hi {{nickname}}" },
            questions = new object[] { new { key = "kind", type = "choice", text = new { en = "Which?" } } },
            rules = new object[] { new { verdict = "Great", when = new object[] { new { question = "missing", op = "eq", value = "x" } } } },
            fallbackVerdict = "ToReview",
            closings = new { },
            interpreter = "no-such-interpreter",
        };

        var response = await client.PostAsJsonAsync("/api/v1/qualification/scenarios", new { name = "Broken", definition = invalid });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("definition.intro.en", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("definition.questions[0].choices", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("definition.rules[0].verdict", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("definition.rules[0].when[0].question", out _).ShouldBeTrue(errors.ToString());
        errors.GetProperty("definition.interpreter")[0].GetString()!.ShouldContain("builtin", Case.Sensitive, "the message lists the interpreters that run");
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/qualification/scenarios"))!.ShouldAllBe(s => s.GetProperty("name").GetString() != "Broken");
    }

    [Fact]
    public async Task The_window_is_validated_and_another_tenants_scenario_answers_404()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var bad = await client.PutAsJsonAsync("/api/v1/qualification/window", new { timeZone = "Mars/Olympus", days = new[] { "Mon", "Funday" }, from = "20:00", to = "08:00", holidays = true });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var defaults = await client.GetFromJsonAsync<JsonElement>("/api/v1/qualification/window");
        defaults.GetProperty("from").GetString().ShouldBe("08:00");
        defaults.GetProperty("days").GetArrayLength().ShouldBe(6, "Monday to Saturday by default");

        var mine = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/qualification/scenarios"))![0].GetProperty("id").GetGuid();
        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);
        (await stranger.GetAsync($"/api/v1/qualification/scenarios/{mine}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
