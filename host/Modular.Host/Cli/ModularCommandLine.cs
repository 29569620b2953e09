using System.CommandLine;

namespace Modular.Host.Cli;

/// <summary>
/// The verbs of the Modular binary. With no verb, or <c>serve</c>, it runs the web host and hands every other
/// argument (<c>--urls</c>, <c>--Modular:OperatorKey=…</c>) to ASP.NET Core's own configuration.
/// </summary>
internal static class ModularCommandLine
{
    public static RootCommand Create(string[] args)
    {
        var root = new RootCommand("Modular: lead qualification, as one binary.") { TreatUnmatchedTokensAsErrors = false };
        root.SetAction(_ => WebServer.Run(args));

        var serve = new Command("serve", "Run the web host (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction(_ => WebServer.Run(args[1..]));
        root.Add(serve);

        root.Add(MigrateCommand.Create(args));
        root.Add(TenantsCommand.Create());
        root.Add(ApiKeysCommand.Create());
        root.Add(UsersCommand.Create());
        root.Add(LeadsImportCommand.Create());

        var modules = new Command("modules", "Inspect modules and plugins.");
        var list = ModulesListCommand.Create();
        list.TreatUnmatchedTokensAsErrors = false;
        modules.Add(list);
        root.Add(modules);
        return root;
    }
}
