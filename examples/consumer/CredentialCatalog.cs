namespace Consumer
{
    /// <summary>The application code that would publish the credentials planned in plan.mcred.</summary>
    public static class CredentialCatalog
    {
        public const string PlanFile = "plan.mcred";
    }
}
