namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>A deal as the fake holds it; times are kept to the second, as Pipedrive keeps them.</summary>
/// <param name="Id">Pipedrive's id of the deal.</param>
/// <param name="Title">Its title.</param>
/// <param name="PersonId">The person it is linked to, if any.</param>
/// <param name="Status"><c>open</c>, <c>won</c> or <c>lost</c>.</param>
/// <param name="Value">Its value in the currency's major unit (<c>1234.5</c>), or null.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Value"/>.</param>
/// <param name="AddTime">When it was created.</param>
/// <param name="UpdateTime">When it was last written, its status included.</param>
/// <param name="WonTime">When it was marked won, if it was.</param>
/// <param name="LostTime">When it was marked lost, if it was.</param>
public sealed record FakePipedriveDeal(
    long Id, string Title, long? PersonId, string Status, decimal? Value, string Currency,
    DateTimeOffset AddTime, DateTimeOffset UpdateTime, DateTimeOffset? WonTime, DateTimeOffset? LostTime);
