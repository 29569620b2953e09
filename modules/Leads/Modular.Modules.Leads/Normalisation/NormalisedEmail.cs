namespace Modular.Modules.Leads.Normalisation;

/// <param name="Value">Trimmed and lower-cased even when invalid, so duplicates still compare equal.</param>
internal sealed record NormalisedEmail(string Value, bool IsValid);
