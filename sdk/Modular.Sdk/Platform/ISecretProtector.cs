namespace Modular.Sdk.Platform;

/// <summary>
/// Encrypts secrets that must stay usable (CRM tokens, webhook signing secrets) before they are stored,
/// with keys every host instance and every restart can read.
/// </summary>
public interface ISecretProtector
{
    /// <summary>Encrypts <paramref name="secret"/> for storage; <paramref name="purpose"/> isolates one use from another.</summary>
    string Protect(string purpose, string secret);

    /// <summary>Decrypts a value produced by <see cref="Protect"/> with the same purpose.</summary>
    string Unprotect(string purpose, string protectedSecret);
}
