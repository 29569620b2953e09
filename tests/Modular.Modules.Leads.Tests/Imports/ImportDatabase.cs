using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Leads;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Tests.Imports;

/// <summary>The Leads tables of a test host's SQLite database, read beside the host to check what it stored for any tenant.</summary>
internal static class ImportDatabase
{
    public static LeadsDbContext Open(ExtensionFolders folders) =>
        new(ModuleContextOptions.Sqlite<LeadsDbContext>(Path.Combine(folders.Root, "data", "modular.db"), LeadsDbContext.ModuleId), new NoTenant());

    public static string[] StoredFiles(ExtensionFolders folders)
    {
        var folder = Path.Combine(folders.Root, "data", "imports", "leads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public static async Task<(int Leads, int Merged)> CountLeadsAsync(ExtensionFolders folders, Guid tenantId)
    {
        await using var leads = Open(folders);
        var all = leads.Set<Lead>().IgnoreQueryFilters().Where(l => l.TenantId == tenantId);
        return (await all.CountAsync(), await all.CountAsync(l => l.MergedIntoId != null));
    }

    private sealed class NoTenant : ICurrentTenant
    {
        public Guid? TenantId => null;
    }
}
