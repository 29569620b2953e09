namespace Modular.Host.Api.Logging;

/// <summary>
/// Console logs as one JSON object a line, with scopes (request id, tenant id), for whatever collects them; plain
/// text in development, where a person reads them. <c>Modular:Logging:Json</c> chooses explicitly.
/// </summary>
internal static class StructuredLogging
{
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Modular:Logging:Json", !builder.Environment.IsDevelopment()))
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }

        // ASP.NET Core's own Information lines log each request's full URL, query string included, where a client may
        // put personal data; RequestLogging's line, which names the route template instead, replaces them. An
        // operator who sets this category's level gets what they set.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
