using System.CommandLine;
using Autofac;
using Modular.Host.Platform.Tenants;
using Modular.Host.Platform.Users;

namespace Modular.Host.Cli;

/// <summary><c>tenants create</c>: registers a client account with its owner and prints the tenant's id on the last line.</summary>
internal static class TenantsCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Company name.", Required = true };
        var email = new Option<string>("--owner-email") { Description = "The owner's email: the account's contact and first user.", Required = true };
        var password = new Option<string>("--owner-password") { Description = "The owner's password (at least 10 characters, with upper and lower case, a digit and a symbol).", Required = true };
        var firstName = new Option<string>("--first-name") { Description = "The contact's first name.", DefaultValueFactory = _ => "-" };
        var lastName = new Option<string>("--last-name") { Description = "The contact's last name.", DefaultValueFactory = _ => "-" };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone (default Europe/Paris)." };
        var locale = new Option<string?>("--locale") { Description = "Locale (default fr-FR)." };
        var country = new Option<string?>("--country") { Description = "Default country, ISO 3166-1 alpha-2 (default FR)." };

        var create = new Command("create", "Create a tenant (client account).") { name, email, password, firstName, lastName, timeZone, locale, country };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((result, cancellationToken) => PlatformCommand.RunAsync(result.UnmatchedTokens, async (scope, ct) =>
        {
            var (tenant, _, outcome) = await scope.Resolve<UserAccounts>().SignUpAsync(
                new NewTenant(result.GetValue(name)!, result.GetValue(firstName)!, result.GetValue(lastName)!, result.GetValue(email)!,
                    TimeZone: result.GetValue(timeZone), Locale: result.GetValue(locale), DefaultCountry: result.GetValue(country)),
                result.GetValue(password)!,
                ct);
            if (tenant is null)
            {
                foreach (var error in outcome.Errors)
                    Console.Error.WriteLine(error.Description);
                return 2;
            }
            Console.WriteLine(tenant.Id);
            return 0;
        }, cancellationToken));

        return new Command("tenants", "Manage tenants.") { create };
    }
}
