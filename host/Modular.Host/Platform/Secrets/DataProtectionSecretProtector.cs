using Microsoft.AspNetCore.DataProtection;
using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Secrets;

/// <summary>Encrypts tenants' secrets (CRM tokens, webhook signing secrets) with Data Protection, one protector per purpose.</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private const string Root = "Modular.Secrets";

    public string Protect(string purpose, string secret) => provider.CreateProtector(Root, purpose).Protect(secret);

    public string Unprotect(string purpose, string protectedSecret) => provider.CreateProtector(Root, purpose).Unprotect(protectedSecret);
}
