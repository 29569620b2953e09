namespace Modular.Sdk.Platform;

/// <summary>What a module may read of a tenant (client account): the local rules its leads are handled under.</summary>
public interface ITenantDirectory
{
    /// <summary>The tenant's profile, or <c>null</c> when no such tenant exists.</summary>
    Task<TenantProfile?> FindAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

/// <summary>A tenant as modules see it.</summary>
/// <param name="Id">The tenant id.</param>
/// <param name="CompanyName">The client's company name, for messages that introduce it.</param>
/// <param name="TimeZone">IANA time zone; allowed contact hours and holidays are computed in it.</param>
/// <param name="Locale">BCP 47 locale, for example <c>fr-FR</c>.</param>
/// <param name="DefaultCountry">ISO 3166-1 alpha-2; phone numbers without a country code are read in it.</param>
public sealed record TenantProfile(Guid Id, string CompanyName, string TimeZone, string Locale, string DefaultCountry);
