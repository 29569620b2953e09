using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Jobs;

/// <summary>The current tenant while a job runs: the one it was scheduled for, so tenant filters apply to its work as they did to the request that scheduled it.</summary>
internal sealed record JobTenant(Guid? TenantId) : ICurrentTenant;
