namespace Modular.Modules.Leads.Imports;

/// <summary>Where an import stands. The API spells them in lower case.</summary>
internal enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
