namespace Modular.Modules.Leads.Leads.RecordOutcome;

/// <summary>How a lead ended: <c>won</c> or <c>lost</c>, with the deal's amount in minor units and its currency when known.</summary>
internal sealed record RecordOutcomeRequest(string? Outcome, long? AmountMinor = null, string? Currency = null)
{
    public const string Won = "won";
    public const string Lost = "lost";

    public string? NormalisedOutcome() => Outcome?.Trim().ToLowerInvariant();

    public string? NormalisedCurrency() => Currency?.Trim().ToUpperInvariant();

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (NormalisedOutcome() is not (Won or Lost))
            errors["outcome"] = ["Say \"won\" or \"lost\"."];
        if (AmountMinor is < 0)
            errors["amountMinor"] = ["The amount cannot be negative."];
        if (AmountMinor is not null && Currency is null)
            errors["currency"] = ["An amount needs its currency (ISO 4217, for example EUR)."];
        else if (Currency is not null && AmountMinor is null)
            errors["currency"] = ["A currency goes with an amount; send amountMinor too, or neither."];
        else if (NormalisedCurrency() is { } currency && !Currencies.IsKnown(currency))
            errors["currency"] = [$"'{Currency}' is not an ISO 4217 currency code."];
        return errors;
    }
}
