using Autofac;
using Modular.Sdk.Modules;

namespace Modular.Modules.Billing;

/// <summary>Entry of the Billing module: Plans, subscriptions, metered usage, invoices and payments.</summary>
/// <remarks>Loaded through the module runtime only; its capability arrives with its own issue.</remarks>
public sealed class BillingModule : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
    }
}
