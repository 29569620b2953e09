using System.Text.Json;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// What Pipedrive answered: the <c>data</c> of its success envelope with its <c>additional_data</c> (where a list's
/// paging is), or the failure as a connector result.
/// </summary>
internal sealed record PipedriveAnswer(JsonElement Data, CrmResult? Failure, JsonElement AdditionalData = default);
