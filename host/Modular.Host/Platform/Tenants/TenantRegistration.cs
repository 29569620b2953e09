namespace Modular.Host.Platform.Tenants;

/// <summary>Creates a tenant from what a client gives at registration; shared by sign-up and the <c>tenants create</c> verb.</summary>
internal sealed class TenantRegistration(PlatformDbContext database, TimeProvider time)
{
    public async Task<Tenant> CreateAsync(NewTenant request, CancellationToken cancellationToken)
    {
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            CompanyName = request.CompanyName,
            ContactFirstName = request.ContactFirstName,
            ContactLastName = request.ContactLastName,
            Email = request.Email,
            Phone = request.Phone,
            FieldOfActivity = request.FieldOfActivity,
            TimeZone = request.TimeZone ?? "Europe/Paris",
            Locale = request.Locale ?? "fr-FR",
            DefaultCountry = request.DefaultCountry ?? "FR",
            CreatedAt = time.GetUtcNow(),
        };
        database.Tenants.Add(tenant);
        await database.SaveChangesAsync(cancellationToken);
        return tenant;
    }
}

internal sealed record NewTenant(
    string CompanyName, string ContactFirstName, string ContactLastName, string Email,
    string? Phone = null, string? FieldOfActivity = null, string? TimeZone = null, string? Locale = null, string? DefaultCountry = null);
