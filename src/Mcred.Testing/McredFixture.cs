using Xunit.Abstractions;

namespace Mcred.Testing
{
    /// <summary>
    /// One <c>.mcred</c> fixture file. Serializable, so Test Explorer and <c>dotnet test</c> list and run each fixture
    /// as its own case, shown by its path relative to the fixtures folder.
    /// </summary>
    public sealed class McredFixture : IXunitSerializable
    {
        /// <summary>For the xunit deserializer only.</summary>
        public McredFixture()
        {
            Path = string.Empty;
            RelativePath = string.Empty;
        }

        public McredFixture(string path, string relativePath)
        {
            Path = path;
            RelativePath = relativePath;
        }

        /// <summary>The fixture's full path.</summary>
        public string Path { get; private set; }

        /// <summary>The path relative to the folder given to <see cref="McredFixturesAttribute"/>, '/'-separated.</summary>
        public string RelativePath { get; private set; }

        public void Deserialize(IXunitSerializationInfo info)
        {
            Path = info.GetValue<string>(nameof(Path));
            RelativePath = info.GetValue<string>(nameof(RelativePath));
        }

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue(nameof(Path), Path);
            info.AddValue(nameof(RelativePath), RelativePath);
        }

        public override string ToString() => RelativePath;
    }
}
