using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Modular.Bench.Intake;

/// <summary>
/// The bare baseline: a minimal Kestrel endpoint in the bench's process that reads the same JSON body and stores the
/// same leads row with one INSERT into the host's database. No signature check, normalisation, dedup lookup,
/// transaction, consent, timeline, outbox or request log: what the intake costs is the distance between the two.
/// </summary>
internal sealed class BaselineEndpoint : IAsyncDisposable
{
    public const string Path = "/baseline/leads";

    private readonly WebApplication app;

    private BaselineEndpoint(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BaselineEndpoint> StartAsync(ILeadsDatabase database, Guid tenantId, Guid sourceId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost(Path, async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            var person = new BenchPerson(Text(root, "firstName"), Text(root, "lastName"), Text(root, "email"), Text(root, "phone"), Text(root, "message"));
            var row = LeadRow.From(person, tenantId, sourceId, DateTimeOffset.UtcNow);
            await database.InsertAsync(row, cancellationToken);
            return Results.Created($"/leads/{row.Id}", new { leadId = row.Id });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BaselineEndpoint(app, new Uri(new Uri(address), Path));
    }

    private static string Text(JsonElement root, string name) => root.GetProperty(name).GetString() ?? "";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
