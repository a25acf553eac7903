using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1007: a persona is useful only when it is specific enough to design for.</summary>
    internal sealed class VaguePersonaRule : McredRule
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

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var persona in model.Personas)
            {
                if (persona.IsInvalid(PropertyNames.Description))
                {
                    continue;
                }

                if (persona.Description == null)
                {
                    context.Report(persona, $"{persona.Display} has no description: say specifically who they are (background, situation, aim)");
                    continue;
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
}
