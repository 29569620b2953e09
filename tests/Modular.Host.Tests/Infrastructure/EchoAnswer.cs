namespace Modular.Host.Tests.Infrastructure;

/// <summary>What the sample echo plugin answers: the version of it that served the request.</summary>
internal sealed record EchoAnswer(string Version);
