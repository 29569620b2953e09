namespace Modular.Host.Tests.Infrastructure;

/// <summary>One element of GET /api/v1/admin/modules, as an operator's script would read it.</summary>
internal sealed record ModuleEntry(string Id, string Kind, string Version, string Status, DateTimeOffset? LoadedAt, string? Reason, RetiredEntry[] Retired);

internal sealed record RetiredEntry(string Version, string Status);

internal sealed record EchoAnswer(string Version);
