namespace Modular.Host.Platform.Auth;

/// <summary>The claims a signed-in principal carries, whether a user or an API key.</summary>
internal static class ClaimNames
{
    public const string TenantId = "modular:tenant";
    public const string ApiKeyId = "modular:api_key";
    public const string Scope = "scope";
}
