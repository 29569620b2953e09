using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Modular.Host.Platform.Tenants;

namespace Modular.Host.Platform.Users.SignUp;

/// <summary>POST /api/v1/signup: a client registers; their tenant and owner account are created and they are signed in.</summary>
internal static class SignUpEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/signup", Handle).AllowAnonymous().WithSummary("Creates a tenant and its owner, and signs the owner in with a cookie.");

    private static async Task<Results<Created<SignedUp>, ValidationProblem>> Handle(
        SignUpRequest request, IValidator<SignUpRequest> validator, UserAccounts accounts, SignInManager<User> signIn, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());

        var (tenant, owner, result) = await accounts.SignUpAsync(
            new NewTenant(request.CompanyName.Trim(), request.FirstName.Trim(), request.LastName.Trim(), request.Email.Trim(),
                request.Phone, request.FieldOfActivity, request.TimeZone, request.Locale, request.DefaultCountry),
            request.Password,
            cancellationToken);
        if (tenant is null || owner is null)
            return IdentityProblems.From(result);

        await signIn.SignInAsync(owner, isPersistent: true);
        return TypedResults.Created("/api/v1/tenant", new SignedUp(tenant.Id, owner.Id));
    }
}

internal sealed record SignUpRequest(
    string CompanyName, string FirstName, string LastName, string Email, string Password,
    string? Phone = null, string? FieldOfActivity = null, string? TimeZone = null, string? Locale = null, string? DefaultCountry = null);

internal sealed record SignedUp(Guid TenantId, Guid UserId);

internal sealed class SignUpValidator : AbstractValidator<SignUpRequest>
{
    public SignUpValidator()
    {
        RuleFor(r => r.CompanyName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty();
        RuleFor(r => r.Phone).MaximumLength(32);
        RuleFor(r => r.FieldOfActivity).MaximumLength(200);
        RuleFor(r => r.TimeZone).Must(zone => zone is null || TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)).WithMessage("Not a known IANA time zone.");
        RuleFor(r => r.Locale).Must(locale => locale is null or "fr-FR" or "en-GB" or "en-US" or "fr" or "en").WithMessage("Supported locales: fr-FR, en-GB, en-US.");
        RuleFor(r => r.DefaultCountry).Matches("^[A-Z]{2}$").WithMessage("An ISO 3166-1 alpha-2 code in capitals, such as FR.");
    }
}
