using Autofac;
using Microsoft.AspNetCore.DataProtection;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Secrets;

/// <summary>Keeps Data Protection's keys in the shared database and offers modules <see cref="ISecretProtector"/>.</summary>
internal static class SecretsRegistration
{
    public static void AddSecrets(this IServiceCollection services) =>
        services.AddDataProtection()
            // One application name for every instance, or each would refuse the others' cookies and secrets.
            .SetApplicationName("Modular")
            .PersistKeysToDbContext<KeysDbContext>();

    public static void RegisterSecrets(this ContainerBuilder builder)
    {
        builder.RegisterModuleDbContext<KeysDbContext>(KeysDbContext.Id);
        builder.RegisterType<DataProtectionSecretProtector>().As<ISecretProtector>().SingleInstance();
    }
}
