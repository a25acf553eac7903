using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using Mcred.Rules;

namespace Mcred.Cli.Input
{
    /// <summary>
    /// Loads a team's rules from assemblies named on the command line (<c>--rules</c>), and from nowhere else:
    /// nothing named in .mcred content or configuration is ever loaded.
    /// </summary>
    internal static class CustomRuleLoader
    {
        private const string Reason = "Loads a team's rule assemblies at run time; the native build hands --rules to the JIT build (CodeLoading).";

        [RequiresUnreferencedCode(Reason)]
        [RequiresDynamicCode(Reason)]
        public static RuleRegistry Load(IReadOnlyList<string> paths, CliContext context)
        {
            var rules = new List<McredRule>();
            foreach (var path in paths)
            {
                rules.AddRange(FromAssembly(context.FullPath(path), path));
            }

            try
            {
                return RuleRegistry.WithCustomRules(rules);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }
        }

        [RequiresUnreferencedCode(Reason)]
        [RequiresDynamicCode(Reason)]
        private static IEnumerable<McredRule> FromAssembly(string fullPath, string shownAs)
        {
            if (!File.Exists(fullPath))
            {
                throw new CliException($"rules assembly not found: {shownAs}");
            }

            Type[] types;
            try
            {
                types = new RulesLoadContext(fullPath).LoadFromAssemblyPath(fullPath).GetExportedTypes();
            }
            catch (Exception e) when (e is BadImageFormatException || e is FileLoadException || e is IOException || e is ReflectionTypeLoadException || e is TypeLoadException)
            {
                throw new CliException($"cannot load rules from {shownAs}: {e.Message}");
            }

            var ruleTypes = types.Where(t => typeof(McredRule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) != null).ToList();
            if (ruleTypes.Count == 0)
            {
                throw new CliException($"{shownAs} has no public McredRule with a parameterless constructor");
            }

            foreach (var type in ruleTypes.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                McredRule rule;
                try
                {
                    rule = (McredRule)Activator.CreateInstance(type)!;
                }
                catch (TargetInvocationException e)
                {
                    throw new CliException($"rule {type.FullName} from {shownAs} failed to start: {e.InnerException?.Message}");
                }
                catch (Exception e) when (!(e is CliException))
                {
                    throw new CliException($"rule {type.FullName} from {shownAs} failed to start: {e.Message}");
                }

                yield return rule;
            }
        }
    }
}
