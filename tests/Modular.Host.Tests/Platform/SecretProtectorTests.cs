using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Tests.Infrastructure;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Platform;

public sealed class SecretProtectorTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public void A_secret_protected_by_one_instance_is_readable_by_another_and_after_a_restart_but_not_under_another_purpose()
    {
        string protectedToken;
        using (var first = new ModularHost(folders))
        {
            protectedToken = first.Services.GetRequiredService<ISecretProtector>().Protect("crm", "hubspot-token-123");
            using var second = new ModularHost(folders);
            second.Services.GetRequiredService<ISecretProtector>().Unprotect("crm", protectedToken).ShouldBe("hubspot-token-123");
        }

        using var restarted = new ModularHost(folders);
        var protector = restarted.Services.GetRequiredService<ISecretProtector>();
        protectedToken.ShouldNotContain("hubspot-token-123");
        protector.Unprotect("crm", protectedToken).ShouldBe("hubspot-token-123");
        Should.Throw<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect("webhooks", protectedToken));
    }

    public void Dispose() => folders.Dispose();
}
