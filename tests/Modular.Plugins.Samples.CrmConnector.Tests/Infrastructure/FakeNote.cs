namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>A note as the fake Sample CRM holds it.</summary>
internal sealed record FakeNote(string Id, string ContactId, string Text);
