using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Modular.Host.Api.Limits;

namespace Modular.Host.Api.Problems;

/// <summary>
/// Says what to do about the errors the framework reports by status code alone: minimal APIs answer an oversized or
/// wrongly typed body with a bare 413 or 415, which the status code pages turn into a problem without a detail.
/// </summary>
internal static class ProblemWording
{
    public static void AddProblemWording(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var earlier = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                context.ProblemDetails.Detail ??= Detail(context.HttpContext, context.ProblemDetails.Status);
            };
        });

    private static string? Detail(HttpContext context, int? status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge when RequestBodyLimit.For(Endpoint(context), Options(context)) is { } limit => RequestBodyLimit.Detail(limit),
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(context),
        _ => null,
    };

    // Routing answers a content type no endpoint accepts with an endpoint of its own, which does not say which
    // types would do; the endpoint itself does when it refuses a request that came without a content type.
    private static string UnsupportedMediaType(HttpContext context) =>
        Endpoint(context)?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
            ? $"Send the request body as {string.Join(" or ", accepts.ContentTypes)}."
            : $"This endpoint does not take a request body of type '{context.Request.ContentType ?? "none"}'.";

    // Where the framework reports the error by throwing (development), the exception handler has cleared the
    // request's endpoint before the problem is written, and keeps it on its feature.
    private static Endpoint? Endpoint(HttpContext context) =>
        context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;

    private static ApiOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
}
