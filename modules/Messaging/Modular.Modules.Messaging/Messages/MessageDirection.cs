namespace Modular.Modules.Messaging.Messages;

/// <summary>Which way a message went, stored as <c>out</c> or <c>in</c> (the API's words).</summary>
internal enum MessageDirection
{
    Out,
    In,
}
