using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Intake;
using Modular.Modules.Leads.Leads.Tags;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.CreateLead;

/// <summary>
/// POST /api/v1/leads: creates a lead as a source would, deduplicated and merged the same way. An
/// <c>Idempotency-Key</c> header makes a retry return the lead the first attempt produced.
/// </summary>
internal static class CreateLeadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads", Handle)
            .WithSummary("Creates a lead. Send an Idempotency-Key header to make retries safe: the same key returns the same lead.");

    private static async Task<Results<Created<LeadView>, Ok<LeadView>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateLeadRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http,
        LeadsDbContext leads, LeadIntake intake, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var validation = await new CreateLeadValidator().ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());
        if (idempotencyKey is { Length: > 200 })
            return LeadProblems.BadRequest("The Idempotency-Key header holds at most 200 characters.");

        LeadSource? source = null;
        if (request.SourceId is { } sourceId && (source = await leads.Set<LeadSource>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken)) is null)
            return LeadProblems.NotFound("Lead source", sourceId);

        IntakeOutcome outcome;
        try
        {
            outcome = await intake.ReceiveAsync(request.ToSubmission(), new IntakeContext(source, Actors.From(http.User), http.Connection.RemoteIpAddress?.ToString(), idempotencyKey), cancellationToken);
        }
        catch (IntakeRejected rejected)
        {
            return LeadProblems.Invalid(rejected.Message);
        }

        var lead = await leads.Set<Lead>().AsNoTracking().SingleAsync(l => l.Id == outcome.LeadId, cancellationToken);
        // A submission merged into an earlier lead changed that lead; the result says which happened.
        await audit.RecordAsync(AuditActions.Created, $"lead:{lead.Id}", new Dictionary<string, string> { ["result"] = outcome.Result == IntakeResult.Created ? "created" : "merged" }, CancellationToken.None);
        var view = LeadView.From(lead, [.. (await LeadTags.ForAsync(leads, [lead.Id], cancellationToken))[lead.Id]]);
        return outcome.Result == IntakeResult.Created ? TypedResults.Created($"/api/v1/leads/{lead.Id}", view) : TypedResults.Ok(view);
    }
}

internal sealed record CreateLeadRequest(
    string? FirstName = null, string? LastName = null, string? FullName = null, string? Email = null, string? Phone = null,
    string? Country = null, string? City = null, string? PostalCode = null, string? Company = null, string? Message = null,
    IReadOnlyDictionary<string, string>? Attributes = null, IReadOnlyList<string>? Tags = null, Guid? SourceId = null,
    ConsentRequest? Consent = null, bool IsTest = false)
{
    public LeadSubmission ToSubmission()
    {
        var fields = new Dictionary<string, string?>
        {
            [LeadFields.FirstName] = FirstName, [LeadFields.LastName] = LastName, [LeadFields.FullName] = FullName,
            [LeadFields.Email] = Email, [LeadFields.Phone] = Phone, [LeadFields.Country] = Country, [LeadFields.City] = City,
            [LeadFields.PostalCode] = PostalCode, [LeadFields.Company] = Company, [LeadFields.Message] = Message,
            [LeadFields.ConsentText] = Consent?.Text, [LeadFields.ConsentPurposes] = Consent?.Purposes is { } p ? string.Join(',', p) : null,
        };
        return new LeadSubmission(
            fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!),
            Attributes ?? new Dictionary<string, string>(), IsTest) { Tags = Tags?.Select(LeadTags.Normalise).Distinct().ToList() ?? [] };
    }
}

/// <summary>The consent the lead gave, with the exact text shown to them and the purposes agreed to.</summary>
internal sealed record ConsentRequest(string Text, IReadOnlyList<string>? Purposes);

internal sealed class CreateLeadValidator : AbstractValidator<CreateLeadRequest>
{
    public CreateLeadValidator()
    {
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.Email) || !string.IsNullOrWhiteSpace(r.Phone))
            .WithName("email").WithMessage("A lead needs an email address or a phone number.");
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(TagEdits.MaxLength);
        RuleFor(r => r.Tags).Must(t => t is null || t.Count <= TagEdits.MaxTags).WithMessage($"At most {TagEdits.MaxTags} tags.");
        RuleFor(r => r.Consent!.Text).NotEmpty().MaximumLength(2000).When(r => r.Consent is not null);
    }
}
