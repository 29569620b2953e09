namespace Modular.Modules.Leads.Sources;

/// <summary>How a source's submissions are written. The API spells them <c>json</c>, <c>form</c>, <c>google-ads</c>, <c>csv</c>.</summary>
internal enum SourceFormat
{
    Json,
    Form,
    GoogleAds,
    Csv,
}
