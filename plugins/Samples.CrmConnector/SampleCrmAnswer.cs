using System.Text.Json;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Samples.CrmConnector;

/// <summary>What Sample CRM answered: the JSON of a success, or the failure already turned into a connector result.</summary>
/// <param name="Json">The answer's body; <c>default</c> when the call failed.</param>
/// <param name="Failure">Null on success.</param>
internal sealed record SampleCrmAnswer(JsonElement Json, CrmResult? Failure);
