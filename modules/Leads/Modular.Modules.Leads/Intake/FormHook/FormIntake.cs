using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Modular.Modules.Leads.Intake.Hooks;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.FormHook;

/// <summary>
/// A form source's submission, posted by a visitor's browser straight from the client's site. A public page cannot keep
/// a secret, so the checks are the page's origin and the honeypot. Success sends the browser to the thank-you page
/// (303, so it follows with a GET) or, without one, answers the receipt; an error is always a problem, never a redirect,
/// so a visitor is not thanked for a lead that was not stored.
/// </summary>
internal static class FormIntake
{
    public static async Task<IResult> HandleAsync(HttpContext http, LeadSource source, HookIntake intake, CancellationToken cancellationToken)
    {
        var origins = new FormOrigins(source);
        if (!origins.Admits(http.Request))
            return OriginRefused(http.Request);
        origins.Expose(http);

        if (!http.Request.HasFormContentType)
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "This source takes an HTML form post: application/x-www-form-urlencoded or multipart/form-data.");

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return LeadProblems.BadRequest($"The form data cannot be read: {e.Message}");
        }
        if (form.Files.Any(f => f.Length > 0))
            return LeadProblems.BadRequest("This source takes form fields only; remove the file inputs from the form.");

        if (source.HoneypotField is { Length: > 0 } honeypot && !string.IsNullOrWhiteSpace(form[honeypot]))
            return FooledBot(source);

        var mapping = source.FieldMapping is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(source.FieldMapping);
        var submission = FormSubmissionReader.Read(form, mapping, source.HoneypotField);
        var context = new IntakeContext(source, Actors.Source(source.Id), http.Connection.RemoteIpAddress?.ToString());
        var result = await intake.ReceiveAsync(submission, context, cancellationToken);
        return source.ThankYouUrl is { } thanks && result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } ? new SeeOtherResult(thanks) : result;
    }

    public static ProblemHttpResult OriginRefused(HttpRequest request) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This site may not post to the source",
            detail: request.Headers.Origin.ToString() is { Length: > 0 } origin
                ? $"The origin '{origin}' is not among the source's allowed origins."
                : "Only a page whose origin is among the source's allowed origins may ask to post here.");

    /// <summary>
    /// What a bot that filled the honeypot gets: the very answer a person would, with a receipt for a lead that does not
    /// exist. Telling it that it was caught would teach it which field to leave empty.
    /// </summary>
    private static IResult FooledBot(LeadSource source)
    {
        if (source.ThankYouUrl is { } thanks)
            return new SeeOtherResult(thanks);
        var receipt = new IntakeReceipt(Guid.CreateVersion7(), IntakeResult.Created.ToString().ToLowerInvariant());
        return TypedResults.Created($"/api/v1/leads/{receipt.LeadId}", receipt);
    }
}
