using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>A tenant's users, made the way a client makes them: invited through the API, then accepting and signing in.</summary>
internal static class Team
{
    private const string Password = "S3cure!pass";

    /// <summary>A user who accepted their invitation (so is active), with a browser signed in as them.</summary>
    public sealed record Member(Guid Id, string Email, HttpClient Browser);

    public static async Task<Member> AddAsync(WebApplicationFactory<Program> host, HttpClient admin, string role = "Member", string? firstName = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@acme.test";
        var invited = await admin.PostAsJsonAsync("/api/v1/users", new { email, role, firstName, lastName = "Rep" });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var userId = invitation.GetProperty("user").GetProperty("id").GetGuid();

        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var accepted = await browser.PostAsJsonAsync("/api/v1/invitations/accept", new { userId, token = invitation.GetProperty("invitationToken").GetString(), password = Password });
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await accepted.Content.ReadAsStringAsync());
        var signedIn = await browser.PostAsJsonAsync("/api/v1/auth/signin", new { email, password = Password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.NoContent, await signedIn.Content.ReadAsStringAsync());
        return new Member(userId, email, browser);
    }

    /// <summary>An invited user who has not accepted yet: they cannot sign in, so are given no lead.</summary>
    public static async Task<Guid> InviteAsync(HttpClient admin)
    {
        var invited = await admin.PostAsJsonAsync("/api/v1/users", new { email = $"pending-{Guid.NewGuid():N}@acme.test", role = "Member" });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        return (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("id").GetGuid();
    }
}
