using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Spectre.Console;

namespace Modular.Host.Cli;

/// <summary>
/// <c>leads import &lt;file.csv&gt; --source &lt;id&gt;</c>: uploads a CSV file to a running instance's import API and
/// follows the import with a progress bar until it is done. It speaks HTTP, as any client would, because the
/// import belongs to the Leads module, which the host does not reference, and because the instance running the
/// job is the one whose data folder holds the file.
/// </summary>
internal static class LeadsImportCommand
{
    private const string ApiKeyVariable = "MODULAR_API_KEY";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file: a header line, then one lead per line; separated by , or ;." };
        var source = new Option<Guid>("--source") { Description = "The lead source the leads come in through.", Required = true };
        var tenant = new Option<Guid?>("--tenant") { Description = "The tenant expected to own the API key; the import is refused if the key belongs to another." };
        var url = new Option<Uri>("--url") { Description = "The running instance.", DefaultValueFactory = _ => new Uri("http://localhost:5000") };
        var apiKey = new Option<string?>("--api-key") { Description = $"An API key of the tenant (default: ${ApiKeyVariable})." };

        var import = new Command("import", "Import leads from a CSV file through a running instance, showing its progress.") { file, source, tenant, url, apiKey };
        import.SetAction(async (result, cancellationToken) =>
        {
            var key = result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            if (string.IsNullOrWhiteSpace(key))
            {
                Console.Error.WriteLine($"Give an API key with --api-key or ${ApiKeyVariable}.");
                return 2;
            }
            using var client = new HttpClient { BaseAddress = result.GetValue(url), Timeout = Timeout.InfiniteTimeSpan };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return await RunAsync(client, result.GetValue(file)!, result.GetValue(source), result.GetValue(tenant), AnsiConsole.Console, TimeSpan.FromMilliseconds(500), cancellationToken);
        });
        return new Command("leads", "Work with leads.") { import };
    }

    public static async Task<int> RunAsync(HttpClient client, FileInfo file, Guid sourceId, Guid? tenantId, IAnsiConsole console, TimeSpan poll, CancellationToken cancellationToken)
    {
        if (!file.Exists)
            return Refused(console, $"No file at {file.FullName}.", exitCode: 2);
        if (tenantId is { } expected && await TenantOfKeyAsync(client, cancellationToken) is { } actual && actual != expected)
            return Refused(console, $"The API key belongs to tenant {actual}, not {expected}.", exitCode: 2);

        HttpResponseMessage accepted;
        await using (var body = file.OpenRead())
        {
            using var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            accepted = await client.PostAsync($"/api/v1/sources/{sourceId}/imports", content, cancellationToken);
        }
        using (accepted)
        {
            if (accepted.StatusCode != HttpStatusCode.Accepted)
                return Refused(console, await ProblemAsync(accepted, cancellationToken), exitCode: 1);

            var import = await FollowAsync(client, accepted.Headers.Location!, console, poll, cancellationToken);
            return Summarise(console, import);
        }
    }

    /// <summary>Polls the import, moving a progress bar of rows done over the total, until it completes or fails.</summary>
    private static async Task<JsonElement> FollowAsync(HttpClient client, Uri location, IAnsiConsole console, TimeSpan poll, CancellationToken cancellationToken)
    {
        var import = default(JsonElement);
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var rows = progress.AddTask("Counting rows", maxValue: 1);
                rows.IsIndeterminate = true;
                while (true)
                {
                    import = await client.GetFromJsonAsync<JsonElement>(location, cancellationToken);
                    if (import.GetProperty("rowsTotal") is { ValueKind: JsonValueKind.Number } total)
                    {
                        rows.IsIndeterminate = false;
                        rows.MaxValue = Math.Max(1, total.GetInt32());
                        rows.Value = import.GetProperty("rowsDone").GetInt32();
                        rows.Description = $"{import.GetProperty("rowsDone").GetInt32()}/{total.GetInt32()} rows";
                    }
                    if (Status(import) is "completed" or "failed")
                    {
                        rows.Value = rows.MaxValue;
                        rows.StopTask();
                        return;
                    }
                    await Task.Delay(poll, cancellationToken);
                }
            });
        return import;
    }

    private static int Summarise(IAnsiConsole console, JsonElement import)
    {
        var table = new Table().AddColumn("rows").AddColumn("imported").AddColumn("merged").AddColumn("failed");
        table.AddRow($"{import.GetProperty("rowsDone").GetInt32()}", $"{import.GetProperty("imported").GetInt32()}", $"{import.GetProperty("merged").GetInt32()}", $"{import.GetProperty("failed").GetInt32()}");
        console.Write(table);
        console.MarkupLineInterpolated($"Import {import.GetProperty("id").GetGuid()}: {Status(import)}.");
        if (import.GetProperty("failed").GetInt32() > 0)
            console.MarkupLineInterpolated($"Rows that failed: {import.GetProperty("errorsUrl").GetString()}");
        if (Status(import) == "failed")
            return Refused(console, import.GetProperty("error").GetString() ?? "The import failed.", exitCode: 1);
        return 0;
    }

    private static string? Status(JsonElement import) => import.GetProperty("status").GetString();

    private static async Task<Guid?> TenantOfKeyAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("/api/v1/tenant", cancellationToken);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid() : null;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : problem.TryGetProperty("title", out var t) ? t.GetString() : null;
            return $"{(int)response.StatusCode}: {detail ?? text}";
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode}: {text}";
        }
    }

    private static int Refused(IAnsiConsole console, string message, int exitCode)
    {
        console.MarkupLineInterpolated($"[red]{message}[/]");
        return exitCode;
    }
}
