using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1007: a persona is useful only when it is specific enough to design for.</summary>
    internal sealed class VaguePersonaRule : DeclarationRule
    {
        public const string Code = "MCR1007";

        public VaguePersonaRule()
            : base(Code, "vague-persona", McredSeverity.Warning, "A persona with no description, or one shorter than mcred_persona_min_words (default 5) words.", options: new[] { McredRuleOptions.PersonaMinWords })
        {
        }

        public static int WordCount(string text)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var isSpace = char.IsWhiteSpace(c);
                if (!isSpace && !inWord)
                {
                    count++;
                }

                inWord = !isSpace;
            }

            return count;
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Persona };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var persona = (Persona)declaration;
            if (persona.IsInvalid(PropertyNames.Description))
            {
                return;
            }

            if (persona.Description == null)
            {
                context.Report(persona, $"{persona.Display} has no description: say specifically who they are (background, situation, aim)");
                return;
            }

            var min = context.OptionsFor(persona).PersonaMinWordsValue;
            var words = WordCount(persona.Description);
            if (words < min)
            {
                context.Report(persona, persona.ValueLocation(PropertyNames.Description)!, $"the description of {persona.Display} has {words} word{(words == 1 ? string.Empty : "s")}; write at least {min} so the credential can be designed for them");
            }
        }
    }
}
