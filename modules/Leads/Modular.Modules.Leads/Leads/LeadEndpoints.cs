using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Leads.CreateLead;
using Modular.Modules.Leads.Leads.GetLead;
using Modular.Modules.Leads.Leads.ListLeads;

namespace Modular.Modules.Leads.Leads;

/// <summary>The client API over leads, one use case per folder.</summary>
internal static class LeadEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        CreateLeadEndpoint.Map(api);
        ListLeadsEndpoint.Map(api);
        GetLeadEndpoint.Map(api);
    }
}
