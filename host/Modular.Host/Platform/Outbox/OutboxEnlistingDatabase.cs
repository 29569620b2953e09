using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Decorates the database configuration every DbContext goes through — the platform's and each module's, registered
/// in its own scope — so each one carries the outbox's interceptor without modules doing anything.
/// </summary>
internal sealed class OutboxEnlistingDatabase(IModuleDatabase inner, OutboxTransactionInterceptor interceptor) : IModuleDatabase
{
    public string ProviderName => inner.ProviderName;

    public void Configure(DbContextOptionsBuilder options, string moduleId, IServiceProvider internalServices)
    {
        inner.Configure(options, moduleId, internalServices);
        options.AddInterceptors(interceptor);
    }

    public IServiceProvider CreateInternalServiceProvider() => inner.CreateInternalServiceProvider();
}
