using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Leads.CreateLead;
using Modular.Modules.Leads.Leads.GetLead;
using Modular.Modules.Leads.Leads.ListLeads;
using Modular.Modules.Leads.Leads.RecordOutcome;
using Modular.Modules.Leads.Leads.Settings;
using Modular.Modules.Leads.Leads.Tags;
using Modular.Modules.Leads.Leads.UpdateLead;
using Modular.Modules.Leads.Merging.MergeLeads;
using Modular.Modules.Leads.Merging.SimilarLeads;
using Modular.Modules.Leads.Merging.UnmergeLead;

namespace Modular.Modules.Leads.Leads;

/// <summary>The client API over leads, one use case per folder.</summary>
internal static class LeadEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        CreateLeadEndpoint.Map(api);
        ListLeadsEndpoint.Map(api);
        GetLeadEndpoint.Map(api);
        UpdateLeadEndpoint.Map(api);
        ReplaceTagsEndpoint.Map(api);
        AddTagsEndpoint.Map(api);
        RemoveTagEndpoint.Map(api);
        RecordOutcomeEndpoint.Map(api);
        GetSettingsEndpoint.Map(api);
        UpdateSettingsEndpoint.Map(api);
        MergeLeadsEndpoint.Map(api);
        UnmergeLeadEndpoint.Map(api);
        SimilarLeadsEndpoint.Map(api);
    }
}
