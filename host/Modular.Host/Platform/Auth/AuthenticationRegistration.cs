using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Modular.Host.Platform.Auth;

/// <summary>
/// One entry scheme that sends machines (a bearer API key) to the API-key handler and people to Identity's session
/// cookie. Failures answer problem+json with 401 or 403, never a redirect: the API has no login page.
/// </summary>
internal static class AuthenticationRegistration
{
    public const string Scheme = "Modular";

    public static void AddModularAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "API key or session cookie", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "modular.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Strictly necessary and short-lived: far under the 13 months the CNIL allows.
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required", "Sign in, or send Authorization: Bearer <API key>."),
                OnRedirectToAccessDenied = context => Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed", "Your role does not allow this call."),
            };
        });
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
