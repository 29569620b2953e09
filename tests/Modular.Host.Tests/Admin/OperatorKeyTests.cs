using System.Net;
using System.Net.Http.Headers;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Admin;

public sealed class OperatorKeyTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task The_admin_api_answers_401_problem_json_without_the_operator_key(string? key)
    {
        var host = shared.Host;
        var client = host.CreateClient();
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var list = await client.GetAsync("/api/v1/admin/modules");
        var reload = await client.PostAsync("/api/v1/admin/modules/samples.echo/reload", null);
        // Admin paths a module maps, and paths that exist nowhere, are guarded alike: a stranger learns nothing.
        var moduleOwned = await client.GetAsync("/api/v1/admin/webhooks/endpoints");
        var unknown = await client.GetAsync("/api/v1/admin/no-such-thing");

        list.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        list.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        reload.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        moduleOwned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reloading_an_unknown_id_answers_404_problem_json()
    {
        var host = shared.Host;

        var response = await host.CreateOperatorClient().PostAsync("/api/v1/admin/modules/nope/reload", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
