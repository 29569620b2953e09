namespace Modular.Modules.Leads.Intake.GoogleAdsHook;

/// <summary>One lead as Google's lead form webhook delivers it, once read: Google's id for it and what the person answered.</summary>
internal sealed record GoogleAdsLead(string LeadId, LeadSubmission Submission);
