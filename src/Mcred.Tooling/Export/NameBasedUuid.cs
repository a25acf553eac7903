using System;
using System.Security.Cryptography;
using System.Text;

namespace Mcred.Tooling.Export
{
    /// <summary>
    /// RFC 9562 version 5 (name-based, SHA-1) UUIDs: the same name always gives the same UUID, so exporting a plan twice
    /// gives the same identifiers (CTIDs, URNs). .NET has no built-in for version 5.
    /// </summary>
    internal static class NameBasedUuid
    {
        /// <summary>mcred's namespace for declaration names (itself a v5 UUID of "mcred" in the URL namespace).</summary>
        public static readonly Guid McredNamespace = Create(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://github.com/mcred/mcred");

        public static Guid Create(Guid space, string name)
        {
            var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
            space.TryWriteBytes(input, bigEndian: true, out _);
            Encoding.UTF8.GetBytes(name, 0, name.Length, input, 16);
            var hash = SHA1.HashData(input);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return new Guid(hash.AsSpan(0, 16), bigEndian: true);
        }

        /// <summary>The UUID of a declaration (kind and ID) in mcred's namespace.</summary>
        public static Guid Of(Mcred.Model.McredDeclaration declaration) => Create(McredNamespace, declaration.Kind.ToString().ToLowerInvariant() + ":" + declaration.Id);
    }
}
