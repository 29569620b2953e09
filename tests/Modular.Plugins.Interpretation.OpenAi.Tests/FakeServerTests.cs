using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

/// <summary>
/// The fake refuses what OpenAI refuses, so the interpreter's requests passing through it (status 200 in the other
/// tests) says something about them.
/// </summary>
public sealed class FakeServerTests : IAsyncLifetime
{
    private const string Messages = """[{"role":"system","content":"Answer in JSON."},{"role":"user","content":"oui"}]""";

    private FakeChatCompletionsServer server = null!;
    private readonly HttpClient client = new();

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        server.AnswerWith(_ => """{"ok":true}""");
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_strict_schema_is_accepted_when_every_object_is_closed_and_every_property_required()
    {
        var response = await PostAsync(JsonSchema("""{"type":"object","properties":{"a":{"type":"object","properties":{"b":{"type":"string"}},"required":["b"],"additionalProperties":false}},"required":["a"],"additionalProperties":false}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("""
            "content":"{\"ok\":true}"
            """);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}""", "'additionalProperties' is required")]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"required":["a"],"additionalProperties":false}""", "Missing 'b'")]
    [InlineData("""{"type":"object","properties":{"a":{"anyOf":[{"type":"object","properties":{"c":{"type":"string"}},"required":[],"additionalProperties":false},{"type":"null"}]}},"required":["a"],"additionalProperties":false}""", "Missing 'c'")]
    [InlineData("""{"type":"array","items":{"type":"string"}}""", "root schema must be an object")]
    public async Task A_strict_schema_openai_would_refuse_is_refused(string schema, string reason)
    {
        var response = await PostAsync(JsonSchema(schema));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(reason);
    }

    [Fact]
    public async Task Json_object_without_the_word_json_in_the_messages_is_refused()
    {
        var response = await PostAsync("""{"type":"json_object"}""", messages: """[{"role":"user","content":"oui"}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_openais_error_shape()
    {
        var response = await PostAsync("""{"type":"json_object"}""", key: "sk-other");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"invalid_api_key\"");
        server.Requests.Single().StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task A_rate_limit_says_when_to_retry()
    {
        server.RateLimitNext(1, TimeSpan.FromSeconds(1.2));

        var response = await PostAsync("""{"type":"json_object"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
    }

    private static string JsonSchema(string schema) => """{"type":"json_schema","json_schema":{"name":"answer","strict":true,"schema":""" + schema + "}}";

    private async Task<HttpResponseMessage> PostAsync(string responseFormat, string messages = Messages, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl.AbsoluteUri + "/chat/completions"))
        {
            Content = new StringContent("""{"model":"gpt-4o-mini","temperature":0,"messages":""" + messages + ""","response_format":""" + responseFormat + "}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key ?? server.ApiKey);
        return await client.SendAsync(request);
    }
}
