using FluentValidation;
using Modular.Host.Platform.Auth;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.ApiKeys.CreateApiKey;

/// <summary>POST /api/v1/apikeys: creates a key for the caller's tenant and shows its secret once.</summary>
internal static class CreateApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/apikeys", Handle)
            .RequireAuthorization(ApiKeyScopes.ApiKeysManage)
            .WithSummary("Creates an API key. The `key` in the answer is shown this once; store it.");

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> Handle(
        CreateApiKeyRequest request, IValidator<CreateApiKeyRequest> validator, ApiKeyIssuer issuer, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());

        var (stored, secret) = await issuer.IssueAsync(tenant.RequiredTenantId, request.Name.Trim(), request.Scopes ?? [], cancellationToken);
        return TypedResults.Created($"/api/v1/apikeys/{stored.Id}", new CreatedApiKey(ApiKeyView.From(stored), secret));
    }
}

internal sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string>? Scopes);

internal sealed record CreatedApiKey(ApiKeyView ApiKey, string Key);

internal sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyValidator(ScopeCatalog scopes)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleForEach(r => r.Scopes).Must(scopes.IsKnown).WithMessage(_ => $"Unknown scope. Known scopes: {scopes.Describe()}.");
    }
}
