namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>A contact as the fake Sample CRM holds it.</summary>
internal sealed record FakeContact(string Id, string? Email, string? Phone, string? FirstName, string? LastName, string? Company, IReadOnlyDictionary<string, string> Fields);
