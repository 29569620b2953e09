using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Analytics;

/// <summary>Entry of the Analytics module: Read models for the dashboard, built from events.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class AnalyticsModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
