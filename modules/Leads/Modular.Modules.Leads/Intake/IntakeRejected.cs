namespace Modular.Modules.Leads.Intake;

/// <summary>A submission that cannot become a lead (for example neither an email nor a phone); nothing was stored.</summary>
internal sealed class IntakeRejected(string reason) : Exception(reason);
