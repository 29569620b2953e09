using System.Runtime.Loader;
using Autofac;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Finds the handler of a job type among the host's registrations, then among those of each active module and
/// plugin version. Each job gets a child scope of its own (its own DbContext and other scoped services) in which
/// the job's tenant is the current one.
/// </summary>
internal sealed class JobHandlerCatalog(ILifetimeScope root, Func<IEnumerable<ModuleScope>> activeModules)
{
    /// <returns>The handler and the scope it lives in, or null when nothing active handles <paramref name="jobType"/>.</returns>
    public async Task<JobHandlerLease?> FindAsync(string jobType, Guid? tenantId)
    {
        if (await FindInAsync(root, owner: null, jobType, tenantId) is { } fromHost)
            return fromHost;

        foreach (var module in activeModules())
        {
            if (await FindInAsync(module.Scope, module.LoadContext, jobType, tenantId) is { } fromModule)
                return fromModule;
        }
        return null;
    }

    private static async Task<JobHandlerLease?> FindInAsync(ILifetimeScope parent, AssemblyLoadContext? owner, string jobType, Guid? tenantId)
    {
        var scope = parent.BeginLifetimeScope(job => job.RegisterInstance(new JobTenant(tenantId)).As<ICurrentTenant>());
        // A module's scope also sees the host's handlers; only those it registered itself are its own.
        var handler = scope.Resolve<IEnumerable<IJobHandler>>()
            .FirstOrDefault(h => h.JobType == jobType && (owner is null || AssemblyLoadContext.GetLoadContext(h.GetType().Assembly) == owner));
        if (handler is not null)
            return new JobHandlerLease(handler, scope);

        await scope.DisposeAsync();
        return null;
    }
}

/// <summary>A job's handler with the scope it was resolved in, disposed when the job is done.</summary>
internal sealed class JobHandlerLease(IJobHandler handler, ILifetimeScope scope) : IAsyncDisposable
{
    public IJobHandler Handler { get; } = handler;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
