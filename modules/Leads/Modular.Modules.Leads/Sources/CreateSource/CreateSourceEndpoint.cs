using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Sources.CreateSource;

/// <summary>POST /api/v1/sources: adds a lead source and shows its secret once.</summary>
internal static class CreateSourceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sources", Handle)
            .WithSummary("Adds a lead source. The `secret` in the answer is shown this once; the intake URL takes leads at once.");

    private static async Task<Results<Created<CreatedSource>, ValidationProblem>> Handle(
        CreateSourceRequest request, HttpRequest http, LeadsDbContext leads, SourceSecrets secrets, ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var validation = await new CreateSourceValidator().ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());

        SourceFormats.TryParse(request.Format, out var format);
        var secret = SourceSecrets.NewSecret();
        var source = new LeadSource
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Name = request.Name.Trim(),
            Format = format,
            Key = SourceSecrets.NewKey(),
            ProtectedSecret = secrets.Protect(secret),
            FieldMapping = request.FieldMapping is { Count: > 0 } mapping ? JsonSerializer.Serialize(mapping) : null,
            ThankYouUrl = request.ThankYouUrl,
            AllowedOrigins = request.AllowedOrigins is { Count: > 0 } origins ? string.Join(',', origins.Select(o => o.TrimEnd('/'))) : null,
            HoneypotField = request.HoneypotField,
            DefaultCountry = request.DefaultCountry?.ToUpperInvariant(),
            ScenarioId = request.ScenarioId,
            CreatedAt = time.GetUtcNow(),
        };
        leads.Add(source);
        await leads.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/sources/{source.Id}", new CreatedSource(SourceView.From(source, http), secret));
    }
}

internal sealed record CreateSourceRequest(
    string Name, string Format, IReadOnlyDictionary<string, string>? FieldMapping = null, string? ThankYouUrl = null,
    IReadOnlyList<string>? AllowedOrigins = null, string? HoneypotField = null, string? DefaultCountry = null, Guid? ScenarioId = null);

internal sealed class CreateSourceValidator : AbstractValidator<CreateSourceRequest>
{
    public CreateSourceValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Format).Must(f => SourceFormats.TryParse(f, out _))
            .WithMessage($"Unknown format. Known formats: {string.Join(", ", SourceFormats.Names)}.");
        RuleForEach(r => r.FieldMapping).SetValidator(new FieldMappingEntryValidator());
        RuleFor(r => r.ThankYouUrl).Must(SourceRules.IsHttpUrl!).When(r => r.ThankYouUrl is not null)
            .WithMessage("The thank-you URL must be an absolute http or https URL.");
        RuleForEach(r => r.AllowedOrigins).Must(SourceRules.IsOrigin)
            .WithMessage("An allowed origin is a scheme and host, for example https://www.example.com.");
        RuleFor(r => r.HoneypotField).MaximumLength(100);
        RuleFor(r => r.DefaultCountry).Length(2).When(r => r.DefaultCountry is not null);
    }
}
