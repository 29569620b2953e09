using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Shared;

namespace Modular.Modules.Webhooks.Endpoints.RotateSecret;

/// <summary>
/// POST /api/v1/webhooks/endpoints/{id}/secret/rotate: a new secret, shown once. For 24 hours every message carries
/// the old secret's signature too, so the partner can deploy the new one without dropping a message.
/// </summary>
internal static class RotateSecretApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/webhooks/endpoints/{id:guid}/secret/rotate", Handle)
            .WithSummary("Replaces the endpoint's signing secret; the old one keeps signing for 24 hours. The new secret is in this answer only.");

    private static async Task<Results<Ok<RotatedSecret>, ProblemHttpResult>> Handle(
        Guid id, WebhooksDbContext webhooks, SigningSecrets signing, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await webhooks.Set<WebhookEndpoint>().FindAsync([id], cancellationToken) is not { } endpoint)
            return WebhookProblems.NotFound("Endpoint", id);
        var now = time.GetUtcNow();
        var secret = SigningSecrets.NewSecret();
        endpoint.PreviousSecret = endpoint.Secret;
        endpoint.PreviousSecretUntil = now + SigningSecrets.RotationOverlap;
        endpoint.Secret = signing.Protect(secret);
        endpoint.UpdatedAt = now;
        await webhooks.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RotatedSecret(secret, endpoint.PreviousSecretUntil.Value));
    }
}

/// <param name="Secret">The new <c>whsec_</c> secret.</param>
/// <param name="PreviousSecretValidUntil">Until when messages also carry the previous secret's signature.</param>
internal sealed record RotatedSecret(string Secret, DateTimeOffset PreviousSecretValidUntil);
