using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Intake.Hooks;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.GoogleAdsHook;

/// <summary>
/// A lead from a Google Ads lead form webhook. Google proves who it is only by putting the key configured on the form
/// (the source's secret) in the body, and delivers again when it gets no 2xx: Google's lead id makes a redelivery
/// answer the lead it already gave, even when the person left neither email nor phone to deduplicate on.
/// </summary>
internal static class GoogleAdsIntake
{
    public const string IdempotencyPrefix = "google-ads:";

    public static async Task<IResult> HandleAsync(HttpContext http, HookSource hookSource, HookIntake intake, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "This source takes Google Ads lead form webhooks: application/json.");

        var body = await RawBody.ReadAsync(http.Request, cancellationToken);
        GoogleAdsLead lead;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return LeadProblems.BadRequest("The body must be a JSON object: the lead Google Ads delivers.");
            var key = GoogleAdsLeadReader.Key(document.RootElement);
            if (key is null || !SourceSecrets.AreEqual(key, hookSource.Secret))
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The submission is not authenticated",
                    detail: "google_key must be the source's secret: paste it as the key of the webhook in the lead form's settings.");
            lead = GoogleAdsLeadReader.Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return LeadProblems.BadRequest($"The body is not valid JSON: {e.Message}");
        }
        catch (FormatException e)
        {
            return LeadProblems.BadRequest(e.Message);
        }

        var source = hookSource.Source;
        var context = new IntakeContext(source, Actors.Source(source.Id), http.Connection.RemoteIpAddress?.ToString(), IdempotencyPrefix + lead.LeadId);
        return await intake.ReceiveAsync(lead.Submission, context, cancellationToken);
    }
}
