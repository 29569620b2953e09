using System.Text.Json;

namespace Modular.Modules.Leads.Imports.RunImport;

/// <summary>The job's payload: which import to run (or resume).</summary>
internal sealed record ImportJob(Guid ImportId)
{
    // Read by hand: deserialising a module type through shared serializer options would cache it beyond an unload.
    public static ImportJob Parse(string payloadJson)
    {
        using var document = JsonDocument.Parse(payloadJson);
        return new ImportJob(document.RootElement.GetProperty("importId").GetGuid());
    }
}
