namespace Mcred.Fixtures
{
    /// <summary>A diagnostic a fixture expects (or produced): an ID starting on a 1-based line.</summary>
    public readonly struct Expectation : System.IEquatable<Expectation>
    {
        public Expectation(int line, string id)
        {
            Line = line;
            Id = id;
        }

        public int Line { get; }
        public string Id { get; }

        public bool Equals(Expectation other) => Line == other.Line && Id == other.Id;
        public override bool Equals(object? obj) => obj is Expectation e && Equals(e);
        public override int GetHashCode() => (Line * 397) ^ Id.GetHashCode();
        public override string ToString() => $"line {Line}: {Id}";
    }
}
