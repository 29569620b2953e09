using Microsoft.AspNetCore.Authorization;

namespace Modular.Host.Platform.Auth;

/// <summary>The caller must hold <paramref name="Scope"/>: an API key granted it (or <c>*</c>), or a user whose role holds it.</summary>
internal sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;
