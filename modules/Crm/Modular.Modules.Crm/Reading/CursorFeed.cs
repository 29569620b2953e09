using Modular.Sdk.Extensions.Crm;

namespace Modular.Modules.Crm.Reading;

/// <summary>
/// How every read from a CRM pages: from the stored cursor, each page's items taken before its next cursor is
/// stored (so a crash reads the page again rather than skip it), until a page is empty, the cursor stops moving, or
/// enough pages were read for one run.
/// </summary>
internal static class CursorFeed
{
    // Enough for a burst of form fills in one run; the rest waits for the next run rather than hold the job.
    private const int MaxPagesPerRun = 5;

    /// <returns>The failure that stopped reading, or null.</returns>
    public static async Task<CrmResult?> ReadAsync<T>(
        string? cursor, Func<string?, Task<(IReadOnlyList<T> Items, string? Next, CrmResult? Failure)>> readPage, Func<T, Task> take, Func<string?, Task> storeCursor)
    {
        for (var page = 0; page < MaxPagesPerRun; page++)
        {
            var read = await readPage(cursor);
            if (read.Failure is { } failure)
                return failure;
            foreach (var item in read.Items)
                await take(item);
            var moved = read.Next != cursor;
            cursor = read.Next;
            await storeCursor(cursor);
            if (read.Items.Count == 0 || !moved)
                return null;
        }
        return null;
    }
}
