using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Scoring.Scheduling;

/// <summary>
/// Schedules the current tenant's scoring jobs at most once each: a request while a run is pending adds nothing,
/// which debounces bursts (outcomes recorded one after another train the model once). A job claims its slot
/// before working, so a run scheduled twice (a crash between two steps, a lease run out) works once.
/// </summary>
internal sealed class ScoringJobs(LeadsDbContext leads, IJobScheduler scheduler, ICurrentTenant tenant, TimeProvider time)
{
    // A slot this far past due lost its job (the process stopped between saving the slot and scheduling the job):
    // it no longer blocks a new run. Well beyond the job runner's retries of a job that does exist.
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(6);

    /// <summary>Schedules <paramref name="jobType"/> to run after <paramref name="delay"/>, unless a run is already pending by then.</summary>
    public async Task RequestAsync(string jobType, TimeSpan delay, CancellationToken cancellationToken) =>
        await RequestAtAsync(jobType, time.GetUtcNow() + delay, cancellationToken);

    public async Task RequestAtAsync(string jobType, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var slot = await leads.Set<ScoringJobSlot>().SingleOrDefaultAsync(s => s.Job == jobType, cancellationToken);
        if (slot is not null && slot.DueAt <= dueAt && slot.DueAt > now - Abandoned)
            return;

        var token = Guid.NewGuid();
        if (slot is null)
            leads.Add(slot = new ScoringJobSlot { TenantId = tenant.RequiredTenantId, Job = jobType });
        slot.Token = token;
        slot.DueAt = dueAt;
        try
        {
            await leads.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request took the slot at the same moment: its run serves this request too.
            leads.Entry(slot).State = EntityState.Detached;
            return;
        }

        await scheduler.ScheduleAsync(jobType, new SlotPayload(token), dueAt, cancellationToken);
    }

    /// <summary>
    /// Frees the slot for the job holding <paramref name="payloadJson"/>'s token, so requests made while it works
    /// schedule a fresh run that sees their changes.
    /// </summary>
    /// <returns>False for a stale duplicate, whose run another job made or will make.</returns>
    public async Task<bool> ClaimAsync(string jobType, string payloadJson, CancellationToken cancellationToken)
    {
        var token = SlotPayload.TokenOf(payloadJson);
        var slot = await leads.Set<ScoringJobSlot>().SingleOrDefaultAsync(s => s.Job == jobType, cancellationToken);
        if (slot is null || slot.Token != token)
            return false;

        leads.Remove(slot);
        try
        {
            await leads.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            leads.Entry(slot).State = EntityState.Detached;
            return false;
        }
    }

    private sealed record SlotPayload(Guid Token)
    {
        // Read by hand: a reflection-based deserialiser would cache this module-private type in shared options.
        public static Guid? TokenOf(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("token", out var token) && token.TryGetGuid(out var value) ? value : null;
        }
    }
}
