using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Api;

public sealed class RequestBodyTests : IDisposable
{
    private const int Limit = 1024;

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_body_over_the_configured_limit_answers_413_problem_json_and_stores_nothing()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:Api:MaxRequestBodyBytes"] = Limit.ToString() });
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var response = await client.PostAsync("/api/v1/apikeys", new StringContent(ValidKeyPadded(Limit + 1), Encoding.UTF8, "application/json"));

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, $"{Limit} bytes");
        (await KeyCountAsync(client)).ShouldBe(1);
    }

    // The framework reports a body it could not read by status code in production and by throwing in development.
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_body_without_a_declared_length_is_cut_off_at_the_limit_with_413_and_stores_nothing(string environment)
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:Api:MaxRequestBodyBytes"] = Limit.ToString(), ["environment"] = environment });
        host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.ShouldBe(environment);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var body = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(ValidKeyPadded(Limit * 4))));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/api/v1/apikeys", body);

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, $"{Limit} bytes");
        (await KeyCountAsync(client)).ShouldBe(1);
    }

    [Fact]
    public async Task The_default_limit_is_one_mebibyte_and_a_body_under_it_is_accepted()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);

        var over = await client.PostAsync("/api/v1/apikeys", new StringContent(ValidKeyPadded(1024 * 1024 + 1), Encoding.UTF8, "application/json"));
        var under = await client.PostAsync("/api/v1/apikeys", new StringContent(ValidKeyPadded(64 * 1024), Encoding.UTF8, "application/json"));

        over.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        under.StatusCode.ShouldBe(HttpStatusCode.Created, "padding is valid JSON; only size may refuse it");
        (await KeyCountAsync(client)).ShouldBe(2);
    }

    [Theory]
    [InlineData("text/plain", "Development")]
    [InlineData("application/x-www-form-urlencoded", "Development")]
    [InlineData(null, "Development")]
    [InlineData("text/plain", "Production")]
    [InlineData(null, "Production")]
    public async Task A_body_that_is_not_json_answers_415_problem_json_and_stores_nothing(string? contentType, string environment)
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["environment"] = environment });
        host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.ShouldBe(environment);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"name\":\"crm sync\"}"));
        if (contentType is not null)
            body.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await client.PostAsync("/api/v1/apikeys", body);

        // Without a content type the endpoint refuses the body and names what it takes; with a wrong one, routing
        // finds no endpoint taking it and names what was sent.
        await ShouldBeProblemAsync(response, HttpStatusCode.UnsupportedMediaType, contentType ?? "application/json");
        (await KeyCountAsync(client)).ShouldBe(1);
    }

    /// <summary>A valid create-key request, padded with whitespace to exactly <paramref name="length"/> bytes.</summary>
    private static string ValidKeyPadded(int length)
    {
        const string json = "{\"name\":\"crm sync\"}";
        return json[..^1] + new string(' ', length - json.Length) + "}";
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailMentions)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.RootElement.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(detailMentions);
    }

    private static async Task<int> KeyCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/apikeys"))!.Length;

    /// <summary>A body whose length is not known in advance, as a chunked upload is.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    public void Dispose() => folders.Dispose();
}
