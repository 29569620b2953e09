namespace Modular.Modules.Messaging.Messages;

/// <summary>Which way a message went, stored and shown as these words.</summary>
/// <remarks>
/// Plain strings rather than an enum with a value converter: a converter's lambdas and an enum of this module reach
/// EF Core's shared caches, which would keep a swapped-out version of the module in memory.
/// </remarks>
internal static class MessageDirection
{
    public const string Out = "out";
    public const string In = "in";
}
