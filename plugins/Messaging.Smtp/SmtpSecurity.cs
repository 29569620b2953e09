namespace Modular.Plugins.Messaging.Smtp;

/// <summary>How the connection to the mail server is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain text, for a relay on the same machine or network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS before anything is sent (usually port 587); refused if the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    Tls,
}
