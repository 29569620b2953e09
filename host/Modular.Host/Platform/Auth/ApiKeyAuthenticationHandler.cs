using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.ApiKeys;

namespace Modular.Host.Platform.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer mdk_…</c>: finds the key by its prefix, compares hashes in constant
/// time, refuses revoked keys, and records when the key was last used (at most once a minute, to spare writes).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PlatformDbContext database,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        var key = header["Bearer ".Length..].Trim();
        if (!ApiKeySecret.TryParsePrefix(key, out var prefix))
            return AuthenticateResult.Fail("Not a Modular API key.");

        var stored = await database.ApiKeys.IgnoreQueryFilters().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (stored is null || !ApiKeySecret.Matches(key, stored.SecretHash) || stored.RevokedAt is not null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        var now = time.GetUtcNow();
        if (stored.LastUsedAt is null || now - stored.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            stored.LastUsedAt = now;
            await database.SaveChangesAsync(Context.RequestAborted);
        }

        var claims = new List<Claim> { new(ClaimNames.TenantId, stored.TenantId.ToString()), new(ClaimNames.ApiKeyId, stored.Id.ToString()) };
        claims.AddRange(stored.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(scope => new Claim(ClaimNames.Scope, scope)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required", "Send Authorization: Bearer <API key>.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Missing scope", "This API key's scopes do not allow this call.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized)
            Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}
