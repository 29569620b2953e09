namespace Modular.Modules.Webhooks.Shared;

/// <summary>The scopes the Webhooks API requires, declared in module.json.</summary>
internal static class WebhookScopes
{
    public const string Manage = "webhooks:manage";
    public const string Read = "webhooks:read";
}
