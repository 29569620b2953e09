using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Modular.Modules.Leads.Tests.GoogleAdsHook;

/// <summary>What Google's lead form webhook posts, shaped as Google documents it.</summary>
internal static class GoogleAdsWebhook
{
    public static JsonObject Lead(string googleKey, string leadId, bool isTest, params (string Id, string? Name, string Value)[] columns) => new()
    {
        ["lead_id"] = leadId,
        ["user_column_data"] = new JsonArray([.. columns.Select(Column)]),
        ["api_version"] = "1.0",
        ["form_id"] = 40000000001,
        ["campaign_id"] = 12345678901,
        ["google_key"] = googleKey,
        ["is_test"] = isTest,
        ["gcl_id"] = "EAIaIQobChMI-test",
        ["adgroup_id"] = 20000000002,
        ["creative_id"] = 30000000003,
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient google, string key, JsonNode body) =>
        PostAsync(google, key, body.ToJsonString(), "application/json");

    public static Task<HttpResponseMessage> PostAsync(HttpClient google, string key, string body, string contentType) =>
        google.PostAsync($"/hooks/leads/{key}", new StringContent(body, Encoding.UTF8, contentType));

    private static JsonNode Column((string Id, string? Name, string Value) column)
    {
        var node = new JsonObject { ["column_id"] = column.Id, ["string_value"] = column.Value };
        if (column.Name is not null)
            node["column_name"] = column.Name;
        return node;
    }

    public static Dictionary<string, string?> Attributes(JsonElement lead) =>
        lead.GetProperty("attributes").EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString());
}
