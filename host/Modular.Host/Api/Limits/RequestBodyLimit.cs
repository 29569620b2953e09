using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Modular.Host.Api.Limits;

/// <summary>
/// Holds every request body to its endpoint's limit, on any server: a declared length over it is refused at once
/// with 413, before the endpoint runs; a body without a declared length is counted as it is read, and reading past
/// the limit fails the request with 413 before the endpoint has a complete body to act on.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptionsMonitor<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = For(context.GetEndpoint(), options.CurrentValue);
        if (limit is { } max && context.Request.ContentLength > max)
            return TooLargeAsync(context, max);

        // Kestrel, IIS and HTTP.sys enforce a limit themselves (and the endpoint's own, through routing); other
        // servers, the in-memory test server among them, get the body counted here.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = limit;
        else if (limit is { } counted)
            context.Request.Body = new LimitedRequestBody(context.Request.Body, counted);
        return next(context);
    }

    /// <summary>The endpoint's declared limit (null: none), or the configured default.</summary>
    public static long? For(Endpoint? endpoint, ApiOptions options) =>
        endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared
            ? declared.MaxRequestBodySize
            : options.MaxRequestBodyBytes;

    private static Task TooLargeAsync(HttpContext context, long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: Detail(limit)).ExecuteAsync(context);

    public static string Detail(long limit) => $"This endpoint accepts request bodies of at most {limit} bytes.";
}
