using Modular.Sdk.Events;

namespace Modular.Modules.Privacy.Contracts;

/// <summary>
/// A data subject's data was erased at their request: partners who received events about these leads must erase
/// their copies. Carries no personal data, only the ids partners already know.
/// </summary>
/// <param name="RequestId">The erasure request.</param>
/// <param name="LeadIds">The leads erased.</param>
public sealed record SubjectErased(Guid RequestId, IReadOnlyList<Guid> LeadIds) : IntegrationEvent;
