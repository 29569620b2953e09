using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Imports.GetImport;
using Modular.Modules.Leads.Imports.GetImportErrors;
using Modular.Modules.Leads.Imports.StartImport;

namespace Modular.Modules.Leads.Imports;

/// <summary>The client API over CSV imports, one use case per folder.</summary>
internal static class ImportEndpoints
{
    public static void Map(IEndpointRouteBuilder api, ImportOptions options)
    {
        StartImportEndpoint.Map(api, options);
        GetImportEndpoint.Map(api);
        GetImportErrorsEndpoint.Map(api);
    }
}
