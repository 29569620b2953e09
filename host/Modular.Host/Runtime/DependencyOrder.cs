namespace Modular.Host.Runtime;

/// <summary>Orders extensions so each comes after those its manifest depends on.</summary>
internal static class DependencyOrder
{
    /// <summary>
    /// Depth-first topological order. Unknown dependencies and cycles are not errors here: the loader refuses
    /// such an extension with a reason when its dependencies are not active when its turn comes.
    /// </summary>
    public static IReadOnlyList<ExtensionSlot> Sort(IReadOnlyCollection<ExtensionSlot> slots)
    {
        var byId = slots.Where(s => s.Manifest is not null).GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var ordered = new List<ExtensionSlot>();
        var visiting = new HashSet<string>();
        var done = new HashSet<ExtensionSlot>();

        void Visit(ExtensionSlot slot)
        {
            if (done.Contains(slot) || !visiting.Add(slot.Id))
                return;
            foreach (var dependency in slot.Manifest?.DependsOn ?? [])
            {
                if (byId.TryGetValue(dependency, out var required))
                    Visit(required);
            }
            visiting.Remove(slot.Id);
            done.Add(slot);
            ordered.Add(slot);
        }

        foreach (var slot in slots.OrderBy(s => s.Kind).ThenBy(s => s.Id, StringComparer.Ordinal))
            Visit(slot);
        return ordered;
    }
}
