namespace Mcred.Binding
{
    /// <summary>A reference to a declaration that has a syntax error: it resolves (and counts once per ID), but to nothing rules can read.</summary>
    internal sealed class BrokenTarget
    {
        private readonly string _id;

        public BrokenTarget(string id) => _id = id;

        public override bool Equals(object? obj) => obj is BrokenTarget other && other._id == _id;

        public override int GetHashCode() => _id.GetHashCode();
    }
}
