namespace Modular.Host.Runtime;

/// <summary>Where a module or plugin stands, as the admin API reports it.</summary>
internal enum ExtensionStatus
{
    /// <summary>Loaded, started and serving.</summary>
    Active,

    /// <summary>Turned off by configuration (<c>Extensions:&lt;id&gt;:Enabled=false</c>).</summary>
    Disabled,

    /// <summary>Built against an SDK version this host cannot run.</summary>
    NotSupported,

    /// <summary>Its manifest was unreadable, or it threw while loading or starting.</summary>
    Malfunctioned,

    /// <summary>Stopped and unloaded, but something still references its code, so its memory is not yet released.</summary>
    PendingUnload,
}
