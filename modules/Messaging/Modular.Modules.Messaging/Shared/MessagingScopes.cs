namespace Modular.Modules.Messaging.Shared;

/// <summary>The scopes the Messaging API requires, declared in module.json.</summary>
internal static class MessagingScopes
{
    public const string ChannelsManage = "channels:manage";
    public const string MessagesRead = "messages:read";
    public const string MessagesWrite = "messages:write";
}
