using System.CommandLine;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
using Modular.Host.Platform.Users;

namespace Modular.Host.Cli;

/// <summary><c>users create</c>: adds a user with a password to a tenant and prints the user's id on the last line.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var tenant = new Option<Guid>("--tenant") { Description = "The tenant's id.", Required = true };
        var email = new Option<string>("--email") { Description = "The user's email, used to sign in.", Required = true };
        var password = new Option<string>("--password") { Description = "The user's password.", Required = true };
        var role = new Option<UserRole>("--role") { Description = "Owner, Admin or Member (default Member).", DefaultValueFactory = _ => UserRole.Member };

        var create = new Command("create", "Create a user in a tenant.") { tenant, email, password, role };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((result, cancellationToken) => PlatformCommand.RunAsync(result.UnmatchedTokens, async (scope, ct) =>
        {
            var tenantId = result.GetValue(tenant);
            if (!await scope.Resolve<PlatformDbContext>().Tenants.AnyAsync(t => t.Id == tenantId, ct))
            {
                Console.Error.WriteLine($"No tenant has the id {tenantId}.");
                return 2;
            }

            var (user, outcome) = await scope.Resolve<UserAccounts>().CreateAsync(tenantId, result.GetValue(email)!, result.GetValue(password)!, result.GetValue(role), null, null);
            if (user is null)
            {
                foreach (var error in outcome.Errors)
                    Console.Error.WriteLine(error.Description);
                return 2;
            }
            Console.WriteLine(user.Id);
            return 0;
        }, cancellationToken));

        return new Command("users", "Manage users.") { create };
    }
}
