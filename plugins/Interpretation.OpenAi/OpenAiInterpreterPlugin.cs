using Autofac;
using Modular.Plugins.Interpretation.OpenAi.Requests;
using Modular.Sdk.Extensions.Interpretation;
using Modular.Sdk.Modules;

namespace Modular.Plugins.Interpretation.OpenAi;

/// <summary>
/// Entry of the OpenAI-compatible interpreter plugin: offers the <c>openai</c> answer interpreter. Configured under
/// <c>Extensions:interpretation.openai</c>: <c>apiKey</c> (required), <c>baseUrl</c> (default
/// <c>https://api.openai.com/v1</c>), <c>model</c> (default <c>gpt-4o-mini</c>), <c>timeoutSeconds</c> (default 10)
/// and <c>responseFormat</c> (<c>json_schema</c>, the default, or <c>json_object</c>).
/// </summary>
public sealed class OpenAiInterpreterPlugin : IModule
{
    /// <inheritdoc />
    public void RegisterServices(ContainerBuilder builder, IModuleContext context)
    {
        builder.RegisterInstance(new ChatCompletionsConfiguration(context.Configuration, context.Manifest.Id));
        // The host offers no IHttpClientFactory, so the plugin owns its HttpClient: a singleton of the plugin's own
        // scope, disposed (connections closed) when this version is swapped out and its scope ends.
        builder.RegisterType<ChatCompletionsClient>().SingleInstance();
        builder.RegisterType<ChatCompletionsInterpreter>().As<IAnswerInterpreter>().SingleInstance();
    }
}
