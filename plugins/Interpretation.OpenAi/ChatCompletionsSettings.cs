using Microsoft.Extensions.Configuration;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Interpretation.OpenAi;

/// <summary>
/// The plugin's settings, from its configuration section (<c>Extensions:interpretation.openai</c>), read for each reply
/// so an operator's change (a new key, another model) applies without reloading the plugin.
/// </summary>
internal sealed record ChatCompletionsSettings(Uri BaseUrl, string Model, string? ApiKey, TimeSpan Timeout, bool JsonSchemaFormat)
{
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1");
    public const string DefaultModel = "gpt-4o-mini";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>json_schema</c> (strict Structured Outputs, the default) or <c>json_object</c>, for compatible servers that
    /// only promise valid JSON; the answer is validated the same way either way.
    /// </summary>
    public const string ResponseFormatKey = "responseFormat";

    public static ChatCompletionsSettings Read(IConfiguration configuration)
    {
        var baseUrl = Text(configuration, "baseUrl") is { } url
            ? Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? parsed
                : throw new InterpretationFailedException("The chat-completions interpreter's baseUrl is not an absolute http(s) URL.")
            : DefaultBaseUrl;
        var timeout = configuration.PositiveSeconds("timeoutSeconds", DefaultTimeout);
        var format = Text(configuration, ResponseFormatKey);
        if (format is not (null or "json_schema" or "json_object"))
            throw new InterpretationFailedException($"The chat-completions interpreter's {ResponseFormatKey} must be json_schema or json_object.");
        return new(baseUrl, Text(configuration, "model") ?? DefaultModel, Text(configuration, "apiKey"), timeout, format != "json_object");
    }

    public Uri CompletionsUrl => new(BaseUrl.AbsoluteUri.TrimEnd('/') + "/chat/completions");

    private static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
