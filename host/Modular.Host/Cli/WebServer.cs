namespace Modular.Host.Cli;

/// <summary>The <c>serve</c> verb, and what runs when no verb is given: the web host with every module and plugin.</summary>
internal static class WebServer
{
    public static int Run(string[] args)
    {
        var app = ModularApp.Build(args);
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"Modular is listening on {string.Join(", ", app.Urls)}"));
        app.Run();
        return 0;
    }
}
