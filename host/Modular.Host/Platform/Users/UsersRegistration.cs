using Autofac;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Modular.Host.Platform.Users.AcceptInvitation;
using Modular.Host.Platform.Users.GetUser;
using Modular.Host.Platform.Users.InviteUser;
using Modular.Host.Platform.Users.ListUsers;
using Modular.Host.Platform.Users.SignIn;
using Modular.Host.Platform.Users.SignOut;
using Modular.Host.Platform.Users.SignUp;

namespace Modular.Host.Platform.Users;

/// <summary>Wires ASP.NET Core Identity for users: password and lockout rules, the session cookie, and the users API.</summary>
internal static class UsersRegistration
{
    public static void AddUsers(this IServiceCollection services)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<UserClaimsFactory>();
        // Invitations are passed on by hand, so they live longer than a password reset would.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(7));
    }

    public static void RegisterUsers(this ContainerBuilder builder)
    {
        builder.RegisterType<UserAccounts>().InstancePerLifetimeScope();
        builder.RegisterType<SignUpValidator>().As<IValidator<SignUpRequest>>().SingleInstance();
        builder.RegisterType<InviteUserValidator>().As<IValidator<InviteUserRequest>>().SingleInstance();
    }

    public static void MapUsersApi(this IEndpointRouteBuilder api)
    {
        SignUpEndpoint.Map(api);
        SignInEndpoint.Map(api);
        SignOutEndpoint.Map(api);
        ListUsersEndpoint.Map(api);
        GetUserEndpoint.Map(api);
        InviteUserEndpoint.Map(api);
        AcceptInvitationEndpoint.Map(api);
    }
}
