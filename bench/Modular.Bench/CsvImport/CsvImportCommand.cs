using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.Bench.CsvImport;

/// <summary>
/// <c>Modular.Bench csv-import</c>: generates a CSV file of distinct leads, imports it into the published host on
/// SQLite through the API, and reports the time from the upload's first byte to the import's completion and the
/// host's peak resident memory (VmHWM).
/// </summary>
internal static class CsvImportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        CsvImportOptions options;
        try
        {
            options = CsvImportOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load average before: {Machine.Load()}");
        using var workspace = Workspace.CopyOf(Path.GetFullPath(options.Artifacts));
        var file = Path.Combine(workspace.Root, "leads.csv");
        LeadsFile.Write(file, options.Rows);
        Console.WriteLine($"File: {options.Rows} rows, {new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MiB");

        var (_, apiKey) = await HostVerbs.CreateTenantWithApiKeyAsync(workspace.Host, options.HostEnvironment, "csv-import");
        using var host = HostProcess.Start(workspace.Host, options.HostEnvironment);
        await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromMinutes(1));
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var source = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Spreadsheet", format = "csv" });
        if (!source.IsSuccessStatusCode)
            throw host.Failure($"Creating the source answered {(int)source.StatusCode}: {await source.Content.ReadAsStringAsync()}");
        var sourceId = (await source.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var residentBefore = host.ResidentBytes();

        var clock = Stopwatch.StartNew();
        await using var body = File.OpenRead(file);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var accepted = await client.PostAsync($"/api/v1/sources/{sourceId}/imports", content);
        if (accepted.StatusCode != HttpStatusCode.Accepted)
            throw host.Failure($"The upload answered {(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        var uploaded = clock.Elapsed;

        JsonElement import;
        var residentMax = 0L;
        do
        {
            await Task.Delay(100);
            residentMax = Math.Max(residentMax, host.ResidentBytes());
            using var polled = await client.GetAsync(accepted.Headers.Location);
            if (!polled.IsSuccessStatusCode)
                throw host.Failure($"Polling the import answered {(int)polled.StatusCode}: {await polled.Content.ReadAsStringAsync()}");
            import = await polled.Content.ReadFromJsonAsync<JsonElement>();
        }
        while (import.GetProperty("status").GetString() is "queued" or "running");
        var elapsed = clock.Elapsed;

        Console.WriteLine($"Load average after: {Machine.Load()}");
        Console.WriteLine();
        Console.WriteLine($"| rows | status | imported | merged | failed | upload (202) | total | rows/s | VmRSS before | VmRSS max sampled | VmHWM (peak) |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {options.Rows} | {import.GetProperty("status").GetString()} | {import.GetProperty("imported").GetInt32()} | {import.GetProperty("merged").GetInt32()} | {import.GetProperty("failed").GetInt32()} "
            + $"| {uploaded.TotalSeconds:0.00} s | {elapsed.TotalSeconds:0.0} s | {options.Rows / elapsed.TotalSeconds:0} | {Mib(residentBefore)} | {Mib(residentMax)} | {Mib(host.PeakResidentBytes())} |");
        return import.GetProperty("status").GetString() == "completed" ? 0 : 1;
    }

    private static string Mib(long bytes) => $"{bytes / 1024.0 / 1024.0:0} MiB";
}
