using System.Net;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Api;

public sealed class TagsTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Tags_are_replaced_added_and_removed_normalised_within_their_limits_and_each_change_is_in_the_timeline()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var client = owner.Client(host);
        var id = await LeadClient.CreateAsync(client, new { email = "ada@example.com", tags = new[] { "old" } });
        var path = $"/api/v1/leads/{id}/tags";

        var replaced = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Put, path, """{"tags":[" VIP ","Hot","vip"]}"""), HttpStatusCode.OK);
        LeadClient.Strings(replaced.GetProperty("tags")).ShouldBe(["hot", "vip"]);
        var added = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"tags":["Callback","hot"]}"""), HttpStatusCode.OK);
        LeadClient.Strings(added.GetProperty("tags")).ShouldBe(["callback", "hot", "vip"]);
        var removed = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Delete, $"{path}/VIP"), HttpStatusCode.OK);
        LeadClient.Strings(removed.GetProperty("tags")).ShouldBe(["callback", "hot"]);
        (await LeadClient.SendAsync(client, HttpMethod.Delete, $"{path}/vip")).StatusCode.ShouldBe(HttpStatusCode.OK, "removing a tag twice is harmless");

        (await LeadsApi.SearchAsync(client, "tag=callback")).ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(id);
        (await LeadsApi.SearchAsync(client, "tag=old")).ShouldBeEmpty();
        var lead = await LeadClient.GetAsync(client, id);
        LeadClient.Strings(lead.GetProperty("tags")).ShouldBe(["callback", "hot"]);
        var tagged = LeadClient.Timeline(lead, "lead.tagged").ToList();
        tagged.Count.ShouldBe(3, "three calls changed the tags; the repeated removal did not");
        var first = tagged.Last().GetProperty("data");
        LeadClient.Strings(first.GetProperty("added")).ShouldBe(["hot", "vip"]);
        LeadClient.Strings(first.GetProperty("removed")).ShouldBe(["old"]);

        var tooMany = JsonSerializer.Serialize(new { tags = Enumerable.Range(0, 19).Select(i => $"t{i}") });
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, tooMany), HttpStatusCode.BadRequest, "tags");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, path, $$"""{"tags":["{{new string('a', 51)}}"]}"""), HttpStatusCode.BadRequest, "tags");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, path, """{"tags":["ok","  "]}"""), HttpStatusCode.BadRequest, "tags");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, path, """{}"""), HttpStatusCode.BadRequest, "tags");

        var stranger = (await TestTenant.CreateAsync(host, "Globex")).Client(host);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger, HttpMethod.Put, path, """{"tags":["mine"]}"""), HttpStatusCode.NotFound);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger, HttpMethod.Post, path, """{"tags":["mine"]}"""), HttpStatusCode.NotFound);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger, HttpMethod.Delete, $"{path}/hot"), HttpStatusCode.NotFound);
        LeadClient.Strings((await LeadClient.GetAsync(client, id)).GetProperty("tags")).ShouldBe(["callback", "hot"], "no refused call changed anything");
        var updates = (await OutboxEvents.AboutAsync(host, id)).Where(e => e.Type == "LeadUpdated").ToList();
        updates.Count.ShouldBe(3, "one event per change that changed something");
        updates.ShouldAllBe(e => e.Payload.GetProperty("changedFields").EnumerateArray().Single().GetString() == "tags");
    }

    public void Dispose() => folders.Dispose();
}
