using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Imports;

public sealed class CsvImportTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_file_with_bad_rows_and_duplicates_is_imported_to_the_end_with_exact_counts_and_each_bad_row_reported()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Extensions:leads:Imports:BatchSize"] = "50" });
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var client = tenant.Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        var file = GeneratedFile.Build(rows: 300);

        var accepted = await ImportsApi.UploadAcceptedAsync(client, source.Id, ImportsApi.Utf8(file.Text));
        var importId = accepted.GetProperty("id").GetGuid();
        accepted.GetProperty("status").GetString().ShouldBe("queued");
        accepted.GetProperty("errorsUrl").GetString().ShouldEndWith($"/api/v1/imports/{importId}/errors");

        var states = await ImportsApi.FollowAsync(client, importId);
        var done = states[^1];
        done.GetProperty("status").GetString().ShouldBe("completed", done.GetRawText());
        done.GetProperty("rowsTotal").GetInt32().ShouldBe(300);
        done.GetProperty("rowsDone").GetInt32().ShouldBe(300);
        done.GetProperty("imported").GetInt32().ShouldBe(file.Imported);
        done.GetProperty("merged").GetInt32().ShouldBe(file.Merged);
        done.GetProperty("failed").GetInt32().ShouldBe(file.Failed.Count);
        var progress = states.Select(s => s.GetProperty("rowsDone").GetInt32()).ToList();
        progress.ShouldBe(progress.Order().ToList(), "progress only moves forward");
        progress.ShouldAllBe(done => done % 50 == 0, "progress moves a committed batch at a time");

        var errors = await ImportsApi.ErrorsAsync(client, importId);
        errors.Select(e => e.Row).ShouldBe(file.Failed.Keys.Order());
        foreach (var (row, error, line) in errors)
        {
            error.ShouldContain(file.Failed[row], Case.Insensitive);
            line.ShouldBe(file.Lines[row - 1]);
        }

        (await ImportDatabase.CountLeadsAsync(folders, tenant.Id)).ShouldBe((file.Imported + file.Merged, file.Merged));
        var first = (await LeadsApi.SearchAsync(client, "search=person1@example.test")).ShouldHaveSingleItem();
        first.GetProperty("firstName").GetString().ShouldBe("First1");
        first.GetProperty("lastName").GetString().ShouldBe("Last1");
        first.GetProperty("sourceId").GetGuid().ShouldBe(source.Id);
        first.GetProperty("attributes").GetProperty("budget").GetString().ShouldBe("10");
        var duplicated = (await LeadsApi.SearchAsync(client, "search=person49@example.test")).ShouldHaveSingleItem();
        duplicated.GetProperty("phone").GetString().ShouldBe("+33612340050", "the duplicate's phone fills the earlier lead");
        (await LeadsApi.SearchAsync(client, "search=person148@example.test")).ShouldHaveSingleItem().GetProperty("phone").GetString().ShouldBe("+33700000201");
        ImportDatabase.StoredFiles(folders).ShouldBeEmpty("a completed import's file is deleted");

        var stranger = await TestTenant.CreateAsync(host, "Globex");
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, tenant, stranger, HttpMethod.Get, $"/api/v1/imports/{importId}");
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, tenant, stranger, HttpMethod.Get, $"/api/v1/imports/{importId}/errors");
        (await ImportsApi.UploadAsync(stranger.Client(host), source.Id, ImportsApi.Utf8(file.Text))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_French_Excel_file_separated_by_semicolons_in_windows_1252_maps_its_headers_to_lead_fields()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        const string text = """"
            Prénom;NOM;Courriel;Téléphone;Ville;Code postal;Pays;Société;Commentaire;Budget (€)
            jeanne;DUPONT;Jeanne.Dupont@Exemple.FR;06 12 34 56 78;Lyon;69001;France;"Dupont; fils";"Rappeler ""vite""";5 000 €
            """";

        var accepted = await ImportsApi.UploadAcceptedAsync(client, source.Id, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text));
        var done = (await ImportsApi.FollowAsync(client, accepted.GetProperty("id").GetGuid()))[^1];

        done.GetProperty("imported").GetInt32().ShouldBe(1, done.GetRawText());
        var lead = (await LeadsApi.SearchAsync(client, "search=jeanne.dupont@exemple.fr")).ShouldHaveSingleItem();
        lead.GetProperty("firstName").GetString().ShouldBe("Jeanne");
        lead.GetProperty("lastName").GetString().ShouldBe("Dupont");
        lead.GetProperty("phone").GetString().ShouldBe("+33612345678");
        lead.GetProperty("city").GetString().ShouldBe("Lyon");
        lead.GetProperty("postalCode").GetString().ShouldBe("69001");
        lead.GetProperty("country").GetString().ShouldBe("FR");
        lead.GetProperty("company").GetString().ShouldBe("Dupont; fils");
        lead.GetProperty("message").GetString().ShouldBe("Rappeler \"vite\"");
        lead.GetProperty("attributes").GetProperty("Budget (€)").GetString().ShouldBe("5 000 €");
    }

    [Fact]
    public async Task An_upload_that_is_not_a_usable_csv_file_is_refused_and_leaves_nothing_behind()
    {
        using var host = new ModularHost(folders);
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var client = tenant.Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        var csv = ImportsApi.Utf8("email\nada@example.test\n");

        await ShouldBeRefusedAsync(ImportsApi.UploadAsync(client, source.Id, csv, "application/json"), HttpStatusCode.UnsupportedMediaType);
        await ShouldBeRefusedAsync(ImportsApi.UploadAsync(client, source.Id, csv, "text/plain"), HttpStatusCode.UnsupportedMediaType);
        await ShouldBeRefusedAsync(ImportsApi.UploadAsync(client, source.Id, []), HttpStatusCode.BadRequest);
        await ShouldBeRefusedAsync(ImportsApi.UploadAsync(client, source.Id, ImportsApi.Utf8("name,city\nAda,Paris\n")), HttpStatusCode.UnprocessableEntity);
        await ShouldBeRefusedAsync(ImportsApi.UploadAsync(client, Guid.NewGuid(), csv), HttpStatusCode.NotFound);

        ImportDatabase.StoredFiles(folders).ShouldBeEmpty();
        await using var leads = ImportDatabase.Open(folders);
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(leads.Set<Modular.Modules.Leads.Imports.LeadImport>()).Count().ShouldBe(0);
        (await ImportDatabase.CountLeadsAsync(folders, tenant.Id)).ShouldBe((0, 0));
    }

    private static async Task ShouldBeRefusedAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        var response = await sending;
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    public void Dispose() => folders.Dispose();
}
