namespace Modular.Host.Platform.Jobs;

/// <summary>The error kept on a failed job or outbox message: the whole exception, cut to fit its column.</summary>
internal static class ErrorText
{
    public const int MaxLength = 4000;

    public static string Of(Exception exception)
    {
        var text = exception.ToString();
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
