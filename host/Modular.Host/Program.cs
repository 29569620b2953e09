using Modular.Host.Cli;

return ModularCommandLine.Create(args).Parse(args).Invoke();

/// <summary>The host's entry point, public so integration tests can start it in process.</summary>
public partial class Program;
