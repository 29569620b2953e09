using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Tests.Alerts;

public sealed class RepPickerTests
{
    private static readonly TenantUser Owner = User("Owner");
    private static readonly TenantUser Ann = User("Member");
    private static readonly TenantUser Bob = User("Member");
    private static readonly TenantUser Pending = User("Member", active: false);
    private static readonly Guid Site = Guid.NewGuid();

    [Fact]
    public void Round_robin_goes_to_the_member_after_the_last_one_and_wraps_around()
    {
        TenantUser[] team = [Owner, Ann, Pending, Bob];

        Pick(team, last: null).ShouldBe(Ann.Id);
        Pick(team, last: Ann.Id).ShouldBe(Bob.Id);
        Pick(team, last: Bob.Id).ShouldBe(Ann.Id, "the owner and a member who cannot sign in yet take no turn");
        Pick(team, last: Guid.NewGuid()).ShouldBe(Ann.Id, "a last rep who left restarts the rotation");
    }

    [Fact]
    public void Without_an_active_member_every_active_user_takes_turns_and_with_no_one_there_is_no_rep()
    {
        var admin = User("Admin");

        Pick([Owner, admin, Pending], last: Owner.Id).ShouldBe(admin.Id);
        RepPicker.Pick(AssignmentModes.RoundRobin, [], null, [Pending], Site, "FR").ShouldBeNull();
    }

    [Fact]
    public void The_first_matching_rule_wins_and_a_rule_for_a_user_who_cannot_sign_in_is_passed_over()
    {
        AssignmentRule[] rules =
        [
            new(null, "BE", Ann.Id),
            new(Site, "FR", Pending.Id),
            new(Site, null, Bob.Id),
            new(null, "fr", Ann.Id),
        ];
        TenantUser[] team = [Ann, Bob, Pending];

        RepPicker.Pick(AssignmentModes.Rules, rules, null, team, Site, "FR").ShouldBe(new RepChoice(Bob.Id, RepChoice.ByRule, 2));
        RepPicker.Pick(AssignmentModes.Rules, rules, null, team, Guid.NewGuid(), "FR").ShouldBe(new RepChoice(Ann.Id, RepChoice.ByRule, 3), "countries match whatever their case");
        RepPicker.Pick(AssignmentModes.Rules, rules, Ann.Id, team, null, "DE").ShouldBe(new RepChoice(Bob.Id, RepChoice.ByTurn, null));
        RepPicker.Pick(AssignmentModes.RoundRobin, rules, Ann.Id, team, Site, "BE")!.Method.ShouldBe(RepChoice.ByTurn, "rules only apply in rules mode");
    }

    private static Guid? Pick(IReadOnlyList<TenantUser> team, Guid? last) =>
        RepPicker.Pick(AssignmentModes.RoundRobin, [], last, team, Site, "FR")?.UserId;

    private static TenantUser User(string role, bool active = true) =>
        new(Guid.NewGuid(), $"{Guid.NewGuid():N}@acme.test", null, null, null, role, active);
}
