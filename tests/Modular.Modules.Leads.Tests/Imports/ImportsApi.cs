using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.Imports;

/// <summary>What a client does with CSV imports over HTTP: upload a file, follow the import, download its failed rows.</summary>
internal static class ImportsApi
{
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid sourceId, byte[] file, string contentType = "text/csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync($"/api/v1/sources/{sourceId}/imports", content);
    }

    public static async Task<JsonElement> UploadAcceptedAsync(HttpClient client, Guid sourceId, byte[] file)
    {
        var response = await UploadAsync(client, sourceId, file);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var import = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/imports/{import.GetProperty("id").GetGuid()}");
        return import;
    }

    /// <summary>Polls until the import is done, returning every distinct state seen on the way.</summary>
    public static async Task<List<JsonElement>> FollowAsync(HttpClient client, Guid importId)
    {
        var seen = new List<JsonElement>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var import = await client.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{importId}", timeout.Token);
            if (seen.Count == 0 || import.GetRawText() != seen[^1].GetRawText())
                seen.Add(import);
            if (import.GetProperty("status").GetString() is "completed" or "failed")
                return seen;
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>The error report, as (row, error, line) read back with the same CSV rules it was written with.</summary>
    public static async Task<List<(int Row, string Error, string Line)>> ErrorsAsync(HttpClient client, Guid importId)
    {
        var response = await client.GetAsync($"/api/v1/imports/{importId}/errors");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        using var reader = CsvHelper.CsvReader.FromText(await response.Content.ReadAsStringAsync());
        reader.ReadHeader();
        reader.Headers.ShouldBe(["row", "error", "line"]);
        var errors = new List<(int, string, string)>();
        while (reader.Read())
            errors.Add((int.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2)));
        return errors;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
