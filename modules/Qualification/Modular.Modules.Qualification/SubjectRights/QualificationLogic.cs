namespace Modular.Modules.Qualification.SubjectRights;

/// <summary>
/// The meaningful information about the automated steps of a conversation a person may ask for (GDPR art. 15(1)(h)):
/// how their replies were read, and how the verdict that decides the follow-up was reached. Kept in step with
/// <c>AnswerInterpreters</c>, <c>BuiltInInterpreter</c> and <c>ConversationFlow.Verdict</c>.
/// </summary>
internal static class QualificationLogic
{
    public const string Interpretation =
        "Each reply is read by an answer interpreter for the question it answers. By default this is Modular's built-in interpreter: "
        + "fixed rules for French and English (word lists for yes and no, numbers and amounts in digits or words, dates and delays, "
        + "choices matched by their wording or number, free text kept as written), with no learning and no outside service, so the same reply to the same question "
        + "is always read the same way. Before anything else it looks for a request to stop being contacted. "
        + "A tenant's scenario may instead choose an AI interpreter plugin ('openai'): the question and the reply, with names, email addresses, phone numbers "
        + "and postal addresses masked first, are sent to the chat-completions provider the operator configured, whose answer is checked against the question; "
        + "whenever it fails, is unusable or too slow, the built-in interpreter answers instead. "
        + "'value' is what the reply was understood as, 'understood' says whether it was, and 'confidence' (0 to 1) how sure the reading is. "
        + "A reply not understood is asked again a few times before the question is left unanswered. The 'interpreter' of each conversation names the one its scenario chose.";

    public const string Verdict =
        "The verdict is reached automatically. Once the questions are done, the scenario's rules are checked in order and the first whose conditions all hold on "
        + "the understood answers gives the verdict (Hot, Qualified, ToReview or Disqualified); when none holds, the scenario's fallback verdict applies. "
        + "NoResponse is given when the person does not reply after the scenario's reminders, OptedOut when they ask to stop, Unreachable when the messages "
        + "cannot be delivered. The verdict decides the follow-up the tenant set: which sales rep is alerted, and whether the lead is pushed to the tenant's CRM. "
        + "The tenant's team can see the conversation and the answers behind every verdict.";
}
