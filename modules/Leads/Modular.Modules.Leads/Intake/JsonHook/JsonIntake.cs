using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Modular.Modules.Leads.Intake.Hooks;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.JsonHook;

/// <summary>A JSON source's submission: authenticated over the raw body, read through the source's mapping, stored before the 201.</summary>
internal static class JsonIntake
{
    public static async Task<IResult> HandleAsync(HttpContext http, HookSource hookSource, HookIntake intake, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "This source takes application/json.");

        var body = await RawBody.ReadAsync(http.Request, cancellationToken);
        var source = hookSource.Source;
        if (HookAuthentication.Check(http.Request, body.Span, hookSource.Secret, time.GetUtcNow()) is { } failure)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The submission is not authenticated", detail: failure);

        LeadSubmission submission;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return LeadProblems.BadRequest("The body must be a JSON object describing one lead.");
            var mapping = source.FieldMapping is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(source.FieldMapping);
            submission = JsonSubmissionReader.Read(document.RootElement, mapping);
        }
        catch (JsonException e)
        {
            return LeadProblems.BadRequest($"The body is not valid JSON: {e.Message}");
        }
        catch (IntakeRejected rejected)
        {
            return LeadProblems.Invalid(rejected.Message);
        }
        return await intake.ReceiveAsync(submission, new IntakeContext(source, Actors.Source(source.Id), http.Connection.RemoteIpAddress?.ToString()), cancellationToken);
    }
}
