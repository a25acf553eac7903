namespace Mcred.Tooling.Export
{
    /// <summary>A plan with errors is not exported, reported or measured: every shell refuses with these words.</summary>
    internal static class PlanErrors
    {
        public static string Refusal(int count) =>
            $"{count} error{(count == 1 ? string.Empty : "s")} in the plan: fix {(count == 1 ? "it" : "them")} before exporting";
    }
}
