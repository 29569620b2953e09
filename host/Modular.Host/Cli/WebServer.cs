namespace Modular.Host.Cli;

/// <summary>The <c>serve</c> verb, and what runs when no verb is given: the web host with every module and plugin.</summary>
internal static class WebServer
{
    public const string DemoFlag = "--demo";

    public static int Run(string[] args)
    {
        var demo = args.Contains(DemoFlag);
        var app = ModularApp.Build([.. args.Where(arg => arg != DemoFlag)]);
        var demoAccount = demo ? DemoAccount.EnsureAsync(app.Services, CancellationToken.None).GetAwaiter().GetResult() : null;

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"Modular is listening on {string.Join(", ", app.Urls)}");
            if (demoAccount is not null)
                Console.WriteLine(demoAccount);
        });
        app.Run();
        return 0;
    }
}
