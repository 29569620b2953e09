using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// The <c>pipedrive</c> connector. Pipedrive does not keep emails unique, so there is no upsert to call: a lead is
/// searched by email (by phone when it has no email), the oldest match is updated, or a person is created; then the
/// person is given an open lead unless it has one. The remote id is the person's. The report becomes a note on the
/// person and on its open lead. It also reads the deals won or lost as the persons' outcomes (<see cref="ICrmOutcomeReader"/>,
/// see <see cref="PipedriveOutcomes"/>).
/// </summary>
internal sealed class PipedriveConnector(PipedriveApi api, PipedrivePersons persons, PipedriveLeads leads, PipedriveOutcomes outcomes)
    : ICrmConnector, ICrmOutcomeReader
{
    public string Key => "pipedrive";

    public async Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        // The token's own user: the cheapest call that needs a valid token (v1; users have no v2 endpoints).
        var answer = await api.SendAsync(connection, HttpMethod.Get, "api/v1/users/me", null, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Succeeded, Message: "Pipedrive accepted the API token.");
    }

    public async Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken)
    {
        // A lead with an email is matched on it alone: falling back to the phone would merge two people who share one
        // (a household, a switchboard) but gave different emails.
        var (field, term) = !string.IsNullOrWhiteSpace(lead.Email) ? ("email", lead.Email)
            : !string.IsNullOrWhiteSpace(lead.Phone) ? ("phone", lead.Phone)
            : (null, null);
        if (field is null || term is null)
            return new CrmResult(RemoteOutcome.PermanentFailure, Message: "Pipedrive needs the lead's email or phone to find or create its person.");

        var (found, failure) = await persons.FindOldestAsync(connection, field, term, cancellationToken);
        if (failure is not null)
            return failure;
        var person = found is null
            ? await persons.CreateAsync(connection, lead, cancellationToken)
            : await persons.UpdateAsync(connection, found, lead, cancellationToken);
        if (person.Outcome is not (RemoteOutcome.Created or RemoteOutcome.Updated))
            return person;
        // Should the lead fail after the person was created, the retry finds the person by its email and adds the lead.
        var leadFailure = await leads.EnsureOpenAsync(connection, long.Parse(person.RemoteId!, CultureInfo.InvariantCulture), lead, cancellationToken);
        return leadFailure ?? person;
    }

    public async Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken)
    {
        if (!long.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
            return new CrmResult(RemoteOutcome.PermanentFailure, Message: $"'{remoteId}' is not a Pipedrive person id.");
        var (leadId, failure) = await leads.FindOpenAsync(connection, personId, cancellationToken);
        if (failure is not null)
            return failure;

        // Notes are v1 only. The person keeps the note if the lead is later converted to a deal or archived.
        var note = new JsonObject { ["content"] = NoteContent(report), ["person_id"] = personId };
        if (leadId is not null)
            note["lead_id"] = leadId;
        var answer = await api.SendAsync(connection, HttpMethod.Post, "api/v1/notes", note, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Created, answer.Data.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
    }

    public Task<CrmOutcomePage> ReadOutcomesAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken) =>
        outcomes.ReadAsync(connection, cursor, cancellationToken);

    /// <summary>Pipedrive shows a note's content as HTML: the verdict and score in bold, then the report's text, escaped, line by line.</summary>
    private static string NoteContent(CrmReport report) =>
        $"<p><b>Modular qualification: {WebUtility.HtmlEncode(report.Verdict)}, score {report.Score.ToString(CultureInfo.InvariantCulture)}</b></p>"
        + $"<p>{string.Join("<br>", report.Text.Split('\n').Select(line => WebUtility.HtmlEncode(line.TrimEnd('\r'))))}</p>";
}
