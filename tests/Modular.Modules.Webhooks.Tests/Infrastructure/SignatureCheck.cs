namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>Why a Standard Webhooks message was accepted or refused, so a failing test says which rule broke.</summary>
public enum SignatureCheck
{
    Valid,
    MalformedSecret,
    MalformedTimestamp,
    StaleTimestamp,
    NoMatchingSignature,
}
