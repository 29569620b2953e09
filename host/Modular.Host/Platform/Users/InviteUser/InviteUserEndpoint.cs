using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Modular.Host.Platform.ApiKeys;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Users.InviteUser;

/// <summary>
/// POST /api/v1/users: an owner or admin invites a colleague. The user exists at once, without a password; the
/// answer carries the invitation token once, for the inviter to pass on (Modular sends no email yet).
/// </summary>
internal static class InviteUserEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/users", Handle).RequireAuthorization(ApiKeyScopes.UsersManage).WithSummary("Invites a user (Admin or Member) to the tenant.");

    private static async Task<Results<Created<Invitation>, ValidationProblem>> Handle(
        InviteUserRequest request, IValidator<InviteUserRequest> validator, UserAccounts accounts, UserManager<User> users,
        ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
            return TypedResults.ValidationProblem(validation.ToDictionary());

        var (user, result) = await accounts.CreateAsync(tenant.RequiredTenantId, request.Email.Trim(), null, request.Role, request.FirstName, request.LastName);
        if (user is null)
            return IdentityProblems.From(result);

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return TypedResults.Created($"/api/v1/users/{user.Id}", new Invitation(UserView.From(user, time.GetUtcNow()), token));
    }
}

internal sealed record InviteUserRequest(string Email, UserRole Role, string? FirstName = null, string? LastName = null);

internal sealed record Invitation(UserView User, string InvitationToken);

internal sealed class InviteUserValidator : AbstractValidator<InviteUserRequest>
{
    public InviteUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.Role).IsInEnum().NotEqual(UserRole.Owner).WithMessage("Invite an Admin or a Member; a tenant has one owner.");
        RuleFor(r => r.FirstName).MaximumLength(100);
        RuleFor(r => r.LastName).MaximumLength(100);
    }
}
