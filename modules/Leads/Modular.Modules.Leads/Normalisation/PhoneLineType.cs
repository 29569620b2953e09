namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// What kind of line a number reaches, as far as the national numbering plan tells from its leading digits.
/// Unknown covers plans that do not say (North America) and non-geographic ranges (freephone, premium, pagers).
/// </summary>
internal enum PhoneLineType
{
    Unknown,
    Mobile,
    Landline,
}
