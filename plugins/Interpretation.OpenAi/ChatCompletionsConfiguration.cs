using Microsoft.Extensions.Configuration;

namespace Modular.Plugins.Interpretation.OpenAi;

/// <summary>The plugin's configuration section, kept so settings are read afresh for each reply.</summary>
internal sealed class ChatCompletionsConfiguration(IConfiguration section, string pluginId)
{
    public string PluginId { get; } = pluginId;

    public ChatCompletionsSettings Current() => ChatCompletionsSettings.Read(section);
}
