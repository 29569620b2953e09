namespace Modular.Modules.Privacy.Requests;

/// <summary>The rights a data subject exercises (GDPR art. 15–22, and withdrawing consent, art. 7(3)).</summary>
internal static class RequestTypes
{
    public const string Access = "access";
    public const string Rectification = "rectification";
    public const string Erasure = "erasure";
    public const string Restriction = "restriction";
    public const string Portability = "portability";
    public const string Objection = "objection";
    public const string ConsentWithdrawal = "consent_withdrawal";

    public static readonly IReadOnlyList<string> All = [Access, Rectification, Erasure, Restriction, Portability, Objection, ConsentWithdrawal];

    /// <summary>Those carried out by the module itself as soon as they are received: the answer is the subject's data, or its erasure.</summary>
    public static bool CarriedOutAutomatically(string type) => type is Access or Portability or Erasure;

    /// <summary>Those whose answer is an export of the subject's data.</summary>
    public static bool Exports(string type) => type is Access or Portability;
}
