using System.Text.Json;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>What Pipedrive answered: the <c>data</c> of its success envelope, or the failure as a connector result.</summary>
internal sealed record PipedriveAnswer(JsonElement Data, CrmResult? Failure);
