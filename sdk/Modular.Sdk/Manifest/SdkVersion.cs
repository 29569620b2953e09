namespace Modular.Sdk.Manifest;

/// <summary>The version of this SDK and the rule the host applies to extensions built against another one.</summary>
public static class SdkVersion
{
    /// <summary>The SDK version of the running host.</summary>
    public static Version Current { get; } = typeof(SdkVersion).Assembly.GetName().Version ?? new Version(1, 0, 0);

    /// <summary>
    /// An extension runs when it was built against the same major version and a minor version not newer than the host's:
    /// minors only add members, majors may remove or change them.
    /// </summary>
    public static bool IsCompatible(Version builtAgainst) =>
        builtAgainst.Major == Current.Major && builtAgainst.Minor <= Current.Minor;
}
