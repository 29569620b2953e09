using System.Net;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>An answer the fake gives instead of handling a send: an HTTP error, or no answer at all.</summary>
internal sealed record ScriptedFailure(HttpStatusCode Status, TimeSpan? RetryAfter, bool Hang);
