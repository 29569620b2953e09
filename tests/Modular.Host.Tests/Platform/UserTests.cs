using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Platform;

public sealed class UserTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Password = "S3cure!pass";

    // Emails are unique across the host, which every test of the class shares: each test signs people up at its own domains.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private sealed record SignedUp(Guid TenantId, Guid UserId);

    private sealed record UserAnswer(Guid Id, string Email, string Role, bool InvitationPending, bool LockedOut);

    private sealed record Invitation(UserAnswer User, string InvitationToken);

    private sealed record TenantAnswer(Guid Id, string CompanyName);

    [Fact]
    public async Task Sign_up_creates_the_tenant_and_its_owner_and_signs_the_owner_in()
    {
        var host = shared.Host;
        var browser = Browser(host);

        var signedUp = await SignUpAsync(browser, "Acme", $"owner@acme-{run}.test");

        (await browser.GetFromJsonAsync<TenantAnswer>("/api/v1/tenant")).ShouldBe(new TenantAnswer(signedUp.TenantId, "Acme"));
        var owner = (await browser.GetFromJsonAsync<UserAnswer[]>("/api/v1/users"))!.ShouldHaveSingleItem();
        owner.ShouldBe(new UserAnswer(signedUp.UserId, $"owner@acme-{run}.test", "Owner", false, false));

        (await browser.PostAsync("/api/v1/auth/signout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var signedOut = await browser.GetAsync("/api/v1/tenant");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        signedOut.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_refuses_sign_up_and_leaves_nothing_behind()
    {
        var host = shared.Host;
        await SignUpAsync(Browser(host), "Acme", $"owner@acme-{run}.test");

        var weak = await Browser(host).PostAsJsonAsync("/api/v1/signup", SignUp("Globex", $"owner@globex-{run}.test", "short"));
        var taken = await Browser(host).PostAsJsonAsync("/api/v1/signup", SignUp("Initech", $"owner@acme-{run}.test", Password));

        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.Content.ReadAsStringAsync()).ShouldContain("password");
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var signIn = await Browser(host).PostAsJsonAsync("/api/v1/auth/signin", new { email = $"owner@globex-{run}.test", password = "short" });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_locks_the_account_after_five_wrong_passwords()
    {
        var host = shared.Host;
        await SignUpAsync(Browser(host), "Acme", $"owner@acme-{run}.test");
        var browser = Browser(host);

        for (var attempt = 0; attempt < 5; attempt++)
            (await browser.PostAsJsonAsync("/api/v1/auth/signin", new { email = $"owner@acme-{run}.test", password = "Wrong!pass1" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await browser.PostAsJsonAsync("/api/v1/auth/signin", new { email = $"owner@acme-{run}.test", password = Password });

        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("locked");
    }

    [Fact]
    public async Task An_owner_invites_a_member_who_accepts_signs_in_and_may_read_but_not_manage()
    {
        var host = shared.Host;
        var owner = Browser(host);
        var tenant = await SignUpAsync(owner, "Acme", $"owner@acme-{run}.test");

        var invited = await owner.PostAsJsonAsync("/api/v1/users", new { email = $"rep@acme-{run}.test", role = "Member" });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var invitation = (await invited.Content.ReadFromJsonAsync<Invitation>())!;
        invitation.User.InvitationPending.ShouldBeTrue();

        var rep = Browser(host);
        (await rep.PostAsJsonAsync("/api/v1/invitations/accept", new { userId = invitation.User.Id, token = "forged", password = Password })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rep.PostAsJsonAsync("/api/v1/invitations/accept", new { userId = invitation.User.Id, token = invitation.InvitationToken, password = Password })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await rep.PostAsJsonAsync("/api/v1/auth/signin", new { email = $"rep@acme-{run}.test", password = Password })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await rep.GetFromJsonAsync<TenantAnswer>("/api/v1/tenant"))!.Id.ShouldBe(tenant.TenantId);
        (await rep.PostAsJsonAsync("/api/v1/users", new { email = $"other@acme-{run}.test", role = "Member" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetFromJsonAsync<UserAnswer>($"/api/v1/users/{invitation.User.Id}"))!.InvitationPending.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_tenants_user_answers_404()
    {
        var host = shared.Host;
        var acme = Browser(host);
        var acmeOwner = await SignUpAsync(acme, "Acme", $"owner@acme-{run}.test");
        var globex = Browser(host);
        await SignUpAsync(globex, "Globex", $"owner@globex-{run}.test");

        (await acme.GetAsync($"/api/v1/users/{acmeOwner.UserId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stranger = await globex.GetAsync($"/api/v1/users/{acmeOwner.UserId}");
        stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        stranger.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await globex.GetFromJsonAsync<UserAnswer[]>("/api/v1/users"))!.ShouldNotContain(u => u.Id == acmeOwner.UserId);
    }

    private static HttpClient Browser(ModularHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    private static object SignUp(string company, string email, string password) =>
        new { companyName = company, firstName = "Ada", lastName = "Lovelace", email, password };

    private static async Task<SignedUp> SignUpAsync(HttpClient browser, string company, string email)
    {
        var response = await browser.PostAsJsonAsync("/api/v1/signup", SignUp(company, email, Password));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SignedUp>())!;
    }
}
