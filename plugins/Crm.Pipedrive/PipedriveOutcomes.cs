using System.Globalization;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Deals won or lost, through API v2 (<c>GET /api/v2/deals?status=won,lost</c>), as outcomes of the persons they are
/// linked to (the person id is what the upsert returned); a deal without a person is no one's outcome.
/// <para>
/// Marking a deal won or lost updates it, so the reader walks deals by <c>update_time</c>, oldest first, from the
/// start of the company's history: past results teach scoring as much as new ones. Each read lists afresh from the
/// cursor's second (<c>updated_since</c> includes it) and leaves out the deals of that second it has already read, so
/// a deal decided during a read, even in the second the read ended on, comes in the next one, and a restart from any
/// stored cursor loses nothing. Pipedrive keeps seconds only, so only when a whole page shares the cursor's second
/// does the read follow Pipedrive's own cursor within it, and a run of deals updated together cannot hold it in place.
/// </para>
/// <para>
/// A deal edited after it was decided is updated again, so its outcome comes again with the same decision time: the
/// host should take an outcome it already holds (same person, same time) as a repeat. While more than a page of deals
/// share the newest second, each read pages through them again (returning none) until a newer deal comes.
/// </para>
/// </summary>
internal sealed class PipedriveOutcomes(PipedriveApi api)
{
    private const int PageSize = 100;

    public async Task<CrmOutcomePage> ReadAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken)
    {
        var position = cursor is null ? OutcomeCursor.Start : OutcomeCursor.Parse(cursor);
        if (position is null)
            return new CrmOutcomePage([], cursor, new CrmResult(RemoteOutcome.PermanentFailure, Message: $"'{cursor}' is not a cursor of the Pipedrive outcome reader."));

        var answer = await api.SendAsync(connection, HttpMethod.Get, Path(position), null, cancellationToken);
        if (answer.Failure is { } failure)
            return new CrmOutcomePage([], cursor, failure);
        var deals = (answer.Data.ValueKind == JsonValueKind.Array ? answer.Data.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(deal => (Id: deal.GetProperty("id").GetInt64(), Updated: Time(deal, "update_time"), Deal: deal))
            .ToList();
        if (deals.Any(deal => deal.Updated is null))
            return new CrmOutcomePage([], cursor, new CrmResult(RemoteOutcome.RetryableFailure, Message: "Pipedrive answered a deal without a readable update_time."));

        var outcomes = deals
            .Where(deal => !(deal.Updated == position.Since && position.ReadAtSince.Contains(deal.Id)))
            .Select(deal => Outcome(deal.Deal))
            .OfType<CrmOutcome>()
            .OrderBy(outcome => outcome.DecidedAt)
            .ToList();
        var next = Next(position, [.. deals.Select(deal => (deal.Id, deal.Updated!.Value))], NextPage(answer));
        return new CrmOutcomePage(outcomes, next.ToString());
    }

    private static OutcomeCursor Next(OutcomeCursor position, List<(long Id, DateTimeOffset Updated)> deals, string? nextPage)
    {
        // Deals of the paged second went away between reads: list that second afresh.
        if (deals.Count == 0)
            return position with { Page = null };
        var last = deals[^1].Updated;
        var readAtLast = deals.Where(deal => deal.Updated == last).Select(deal => deal.Id);
        if (last == position.Since)
            return new OutcomeCursor(last, position.ReadAtSince.Union(readAtLast).ToHashSet(), nextPage);
        return new OutcomeCursor(last, readAtLast.ToHashSet(), null);
    }

    private static string Path(OutcomeCursor position)
    {
        var path = $"api/v2/deals?status=won,lost&sort_by=update_time&sort_direction=asc&limit={PageSize}";
        if (position.Since is { } since)
            path += $"&updated_since={Uri.EscapeDataString(OutcomeCursor.Rfc3339(since))}";
        if (position.Page is { } page)
            path += $"&cursor={Uri.EscapeDataString(page)}";
        return path;
    }

    private static CrmOutcome? Outcome(JsonElement deal)
    {
        if (!deal.TryGetProperty("person_id", out var person) || person.ValueKind != JsonValueKind.Number || !person.TryGetInt64(out var personId))
            return null;
        var status = deal.TryGetProperty("status", out var s) ? s.GetString() : null;
        if (status is not ("won" or "lost"))
            return null;
        var won = status == "won";
        var decidedAt = Time(deal, won ? "won_time" : "lost_time") ?? Time(deal, "close_time") ?? Time(deal, "update_time")!.Value;
        // Pipedrive writes 0 for a deal whose value was never entered, so 0 is no amount.
        long? amount = null;
        string? currency = null;
        if (won && deal.TryGetProperty("value", out var value) && value.TryGetDecimal(out var major) && major != 0
            && deal.TryGetProperty("currency", out var code) && code.GetString() is { Length: 3 } iso)
        {
            currency = iso.ToUpperInvariant();
            amount = CurrencyDecimals.ToMinorUnits(major, currency);
        }
        return new CrmOutcome(personId.ToString(CultureInfo.InvariantCulture), won, amount, currency, decidedAt);
    }

    private static string? NextPage(PipedriveAnswer answer) =>
        answer.AdditionalData.ValueKind == JsonValueKind.Object && answer.AdditionalData.TryGetProperty("next_cursor", out var next)
        && next.ValueKind == JsonValueKind.String && next.GetString() is { Length: > 0 } page
            ? page
            : null;

    private static DateTimeOffset? Time(JsonElement deal, string name) =>
        deal.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
