using Microsoft.Extensions.Configuration;

namespace Modular.Modules.Leads.Imports;

/// <summary>
/// Where uploaded files wait for their import: <c>imports/leads/</c> under the host's data folder
/// (<c>Modular:DataDirectory</c>, the folder that also holds the SQLite database). With several instances, that
/// folder must be shared between them, since any instance may run the job.
/// </summary>
internal sealed class ImportFiles(IConfiguration configuration)
{
    public string Folder { get; } = Path.Combine(Path.GetFullPath(configuration["Modular:DataDirectory"] ?? "data"), "imports", "leads");

    public string PathOf(string storedFile) => Path.Combine(Folder, storedFile);

    public static string NameFor(Guid tenantId, Guid importId) => $"{tenantId:N}-{importId:N}.csv";

    public void Delete(string storedFile) => File.Delete(PathOf(storedFile));
}
