using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>What the endpoint answered: the status and record id of a success, or the failure as a connector result.</summary>
/// <param name="Status">The HTTP status of a success.</param>
/// <param name="Id">The <c>id</c> of the answer's body, when it named one.</param>
/// <param name="Failure">Why the call failed, or null.</param>
internal sealed record ReceiverAnswer(int Status, string? Id, CrmResult? Failure);
