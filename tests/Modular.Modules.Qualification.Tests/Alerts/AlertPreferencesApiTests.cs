using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>Reps' alert preferences through the API: their own when signed in, anyone's for those who manage settings.</summary>
public sealed class AlertPreferencesApiTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_rep_who_never_chose_gets_email_alerts_for_hot_and_qualified_leads_with_no_quiet_hours()
    {
        var tenant = await shared.NewTenantAsync();
        var rep = await Team.AddAsync(shared.Host, tenant.Client(shared.Host));

        var preferences = await rep.Browser.GetFromJsonAsync<JsonElement>("/api/v1/qualification/alert-preferences/me");

        preferences.GetProperty("userId").GetGuid().ShouldBe(rep.Id);
        Strings(preferences, "channels").ShouldBe(["email"]);
        Strings(preferences, "verdicts").ShouldBe(["Hot", "Qualified"]);
        preferences.GetProperty("quietHours").ValueKind.ShouldBe(JsonValueKind.Null);
        preferences.GetProperty("timeZone").GetString().ShouldBe("Europe/Paris", "quiet hours are read in the tenant's time zone");
    }

    [Fact]
    public async Task A_signed_in_rep_sets_their_own_preferences_and_reads_them_back()
    {
        var tenant = await shared.NewTenantAsync();
        var rep = await Team.AddAsync(shared.Host, tenant.Client(shared.Host));

        var saved = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new
        {
            channels = new[] { "email", "sms" },
            verdicts = new[] { "Hot", "ToReview" },
            quietHours = new { from = "20:00", to = "08:00" },
            phone = "+33612345678",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var read = await rep.Browser.GetFromJsonAsync<JsonElement>("/api/v1/qualification/alert-preferences/me");
        Strings(read, "channels").ShouldBe(["email", "sms"]);
        Strings(read, "verdicts").ShouldBe(["Hot", "ToReview"]);
        read.GetProperty("quietHours").GetProperty("from").GetString().ShouldBe("20:00");
        read.GetProperty("quietHours").GetProperty("to").GetString().ShouldBe("08:00");
        read.GetProperty("phone").GetString().ShouldBe("+33612345678");
        (await tenant.Client(shared.Host).GetFromJsonAsync<JsonElement>($"/api/v1/qualification/alert-preferences/{rep.Id}"))
            .GetProperty("phone").GetString().ShouldBe("+33612345678", "the manager's form reads the same preferences");
    }

    [Fact]
    public async Task Invalid_preferences_are_refused_field_by_field_and_change_nothing()
    {
        var tenant = await shared.NewTenantAsync();
        var rep = await Team.AddAsync(shared.Host, tenant.Client(shared.Host));

        var refused = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new
        {
            channels = new[] { "email", "pigeon" },
            verdicts = new[] { "Hot", "Disqualified" },
            quietHours = new { from = "25:00", to = "08:00" },
            phone = "06 12 34 56 78",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("channels", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("verdicts", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("quietHours.from", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("phone", out _).ShouldBeTrue(errors.ToString());
        Strings(await rep.Browser.GetFromJsonAsync<JsonElement>("/api/v1/qualification/alert-preferences/me"), "channels").ShouldBe(["email"]);
    }

    [Fact]
    public async Task Sms_alerts_need_a_phone_number_and_quiet_hours_two_different_times()
    {
        var tenant = await shared.NewTenantAsync();
        var rep = await Team.AddAsync(shared.Host, tenant.Client(shared.Host));

        var refused = await rep.Browser.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new
        {
            channels = new[] { "sms" },
            verdicts = new[] { "Hot" },
            quietHours = new { from = "08:00", to = "08:00" },
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("phone")[0].GetString()!.ShouldContain("phone number");
        errors.TryGetProperty("quietHours", out _).ShouldBeTrue(errors.ToString());
    }

    [Fact]
    public async Task An_api_key_has_no_own_preferences_and_is_told_to_use_the_user_id_form()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        foreach (var response in new[]
        {
            await client.GetAsync("/api/v1/qualification/alert-preferences/me"),
            await client.PutAsJsonAsync("/api/v1/qualification/alert-preferences/me", new { channels = new[] { "email" } }),
        })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("alert-preferences/{userId}");
        }
    }

    [Fact]
    public async Task A_manager_sets_a_reps_preferences_but_a_rep_cannot_set_a_colleagues()
    {
        var tenant = await shared.NewTenantAsync();
        var manager = tenant.Client(shared.Host);
        var rep = await Team.AddAsync(shared.Host, manager);
        var colleague = await Team.AddAsync(shared.Host, manager);

        var saved = await manager.PutAsJsonAsync($"/api/v1/qualification/alert-preferences/{rep.Id}", new { channels = Array.Empty<string>(), verdicts = new[] { "Hot" } });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        Strings(await rep.Browser.GetFromJsonAsync<JsonElement>("/api/v1/qualification/alert-preferences/me"), "channels").ShouldBeEmpty();
        (await rep.Browser.PutAsJsonAsync($"/api/v1/qualification/alert-preferences/{colleague.Id}", new { channels = new[] { "email" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await rep.Browser.GetAsync($"/api/v1/qualification/alert-preferences/{colleague.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_tenants_user_and_an_unknown_user_are_not_found()
    {
        var owner = await shared.NewTenantAsync();
        var rep = await Team.AddAsync(shared.Host, owner.Client(shared.Host));
        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);

        (await stranger.GetAsync($"/api/v1/qualification/alert-preferences/{rep.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PutAsJsonAsync($"/api/v1/qualification/alert-preferences/{rep.Id}", new { channels = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/qualification/alert-preferences/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Strings(await rep.Browser.GetFromJsonAsync<JsonElement>("/api/v1/qualification/alert-preferences/me"), "channels")
            .ShouldBe(["email"], "the other tenant's attempt changed nothing");
    }

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
