using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Auth;

namespace Modular.Host.Api.RateLimits;

/// <summary>
/// One limiter for every request, partitioned by path: <c>/api/v1</c> calls per API key, <c>/hooks</c> calls per
/// client address. Chosen by path rather than per endpoint, so module endpoints and hooks added later are limited
/// without asking. Calls without an API key (the operator's, the public ones) are not counted.
/// </summary>
internal static class ApiRateLimits
{
    public static void AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejection, _) => new ValueTask(RejectAsync(rejection));
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value)));
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/hooks"))
            return PerMinute($"hook:{context.Connection.RemoteIpAddress}", limits.HookPermitsPerMinute);
        if (path.StartsWithSegments("/api/v1") && context.User.FindFirst(ClaimNames.ApiKeyId)?.Value is { } apiKey)
            return PerMinute($"key:{apiKey}", limits.ApiPermitsPerMinute);
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    // A token bucket refilled one permit at a time: the full allowance may be spent in a burst, then it comes back
    // steadily, and a refused caller is told the few seconds until the next permit rather than a whole minute.
    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        permits <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / permits,
                QueueLimit = 0,
            });

    private static Task RejectAsync(OnRejectedContext rejection)
    {
        var context = rejection.HttpContext;
        var detail = "Too many requests; slow down.";
        if (rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests; retry after {seconds} seconds.";
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limit exceeded", detail: detail).ExecuteAsync(context);
    }
}
