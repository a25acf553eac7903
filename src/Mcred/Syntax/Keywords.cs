using System.Collections.Generic;

namespace Mcred.Syntax
{
    /// <summary>The declaration kinds, in the order the contract lists them.</summary>
    public enum DeclarationKind : byte
    {
        Issuer,
        Persona,
        Recognizer,
        Category,
        Skill,
        Credential,
        Pathway,
        Occupation,
    }

    internal static class Keywords
    {
        private static readonly string[] Names = { "issuer", "persona", "recognizer", "category", "skill", "credential", "pathway", "occupation" };

        /// <summary>Every declaration keyword, in the contract's order.</summary>
        internal static IReadOnlyList<string> All => Names;

        /// <summary>The keyword list as shown in messages.</summary>
        public const string AllForMessages = "issuer, persona, recognizer, category, skill, credential, pathway or occupation";

        public static string ToKeyword(this DeclarationKind kind) => Names[(int)kind];

        /// <summary>Recognizes a declaration keyword in <paramref name="text"/> without allocating.</summary>
        public static bool TryGetKind(string text, int start, int length, out DeclarationKind kind)
        {
            for (var k = 0; k < Names.Length; k++)
            {
                var name = Names[k];
                if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
                {
                    kind = (DeclarationKind)k;
                    return true;
                }
            }

            kind = default;
            return false;
        }

        /// <summary>"a skill", "an issuer": for messages.</summary>
        public static string WithArticle(this DeclarationKind kind)
        {
            var word = kind.ToKeyword();
            return ("aeiou".IndexOf(word[0]) >= 0 ? "an " : "a ") + word;
        }
    }
}
