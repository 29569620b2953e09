using System.Text.Json;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>What Salesforce answered: the JSON of a success (an empty object for 204), or the failure as a connector result.</summary>
internal sealed record SalesforceAnswer(JsonElement Json, CrmResult? Failure);
