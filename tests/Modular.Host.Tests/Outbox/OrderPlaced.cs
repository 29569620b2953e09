using Modular.Sdk.Events;

namespace Modular.Host.Tests.Outbox;

/// <summary>An integration event as a Contracts assembly defines it (the test assembly lives in the default load context, as Contracts do).</summary>
internal sealed record OrderPlaced(Guid OrderId, string Item) : IntegrationEvent;
