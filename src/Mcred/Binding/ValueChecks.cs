using Mcred.Diagnostics;
using System;
using System.Globalization;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Binding
{
    /// <summary>Checks that a value has the form its property needs (section 3–4); returns the bound value or why not.</summary>
    internal static class ValueChecks
    {
        public static string Expected(PropertySpec spec)
        {
            switch (spec.Shape)
            {
                case ValueShape.Text: return "a string in quotes";
                case ValueShape.Url: return "an absolute http(s) URL in quotes";
                case ValueShape.Enum: return "one of " + string.Join(", ", spec.EnumValues);
                case ValueShape.Reference: return "the ID of " + spec.Target.WithArticle();
                case ValueShape.Date: return "a calendar date such as 2026-01-15";
                case ValueShape.Duration: return "a duration such as 3y or 18mo";
                case ValueShape.Workload: return "a workload such as 5ects (ECTS credits) or 120h (hours)";
                case ValueShape.Country: return "a two-letter ISO 3166-1 country code in quotes, such as \"NL\"";
                case ValueShape.Email: return "an e-mail address in quotes";
                default: return "a framework and a code, such as esco \"http://data.europa.eu/esco/skill/...\"";
            }
        }

        /// <summary>As <see cref="Check"/>, computed once per value and property (the syntax of an unchanged file outlives many checks).</summary>
        public static string? CheckKept(PropertySpec spec, ValueSyntax value, out object? bound)
        {
            if (!Kept.TryGetValue(value, out var kept) || !ReferenceEquals(kept.Spec, spec))
            {
                var error = Check(spec, value, out var result);
                kept = new Checked(spec, result, error);
                lock (Kept)
                {
                    Kept.Remove(value);
                    Kept.Add(value, kept);
                }
            }

            bound = kept.Bound;
            return kept.Error;
        }

        /// <summary>
        /// Checks kept beside the syntax, not on it (syntax stays plain data): an entry goes with its node, and it is a
        /// pure function of the node and the property, so sessions and threads may share it.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ValueSyntax, Checked> Kept =
            new System.Runtime.CompilerServices.ConditionalWeakTable<ValueSyntax, Checked>();

        /// <summary>One value's check, immutable so threads that bind the same syntax may share it.</summary>
        private sealed class Checked
        {
            public Checked(PropertySpec spec, object? bound, string? error)
            {
                Spec = spec;
                Bound = bound;
                Error = error;
            }

            public PropertySpec Spec { get; }
            public object? Bound { get; }
            public string? Error { get; }
        }

        /// <summary>Null when the value is fine; otherwise the reason, for MCR0005.</summary>
        public static string? Check(PropertySpec spec, ValueSyntax value, out object? bound)
        {
            bound = null;
            if (value.Kind == ValueKind.Tagged && spec.Shape != ValueShape.Tagged)
            {
                return $"a tagged value ({value.Tag} \"...\") is only allowed after 'aligns'; '{spec.Name}' takes {Expected(spec)}";
            }

            switch (spec.Shape)
            {
                case ValueShape.Text:
                    return CheckText(spec, value, out bound);
                case ValueShape.Url:
                    var textError = CheckText(spec, value, out bound);
                    if (textError != null)
                    {
                        return textError;
                    }

                    return UrlProblem((string)bound!);
                case ValueShape.Enum:
                    if (value.Kind == ValueKind.Identifier && Contains(spec.EnumValues, value.Text))
                    {
                        bound = value.Text;
                        return null;
                    }

                    if (value.Kind == ValueKind.String)
                    {
                        return $"'{spec.Name}' takes a word, not a string: write one of {Expected(spec)} without quotes";
                    }

                    var near = value.Kind == ValueKind.Identifier ? Suggestions.NearestOrContained(value.Text, spec.EnumValues) : null;
                    return $"unknown {spec.Name} {Show(value)}: use {Expected(spec)}" + (near != null ? $" (did you mean '{near}'?)" : string.Empty);
                case ValueShape.Date:
                    if (value.Kind == ValueKind.Date)
                    {
                        if (TryCalendarDate(value.Text, out var date))
                        {
                            bound = date;
                            return null;
                        }

                        return $"'{value.Text}' is not a calendar date";
                    }

                    return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
                case ValueShape.Duration:
                    if (value.Kind == ValueKind.Duration)
                    {
                        var inMonths = value.Text.EndsWith("mo", StringComparison.Ordinal);
                        var digits = value.Text.Substring(0, value.Text.Length - (inMonths ? 2 : 1));
                        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= (inMonths ? 120000 : 10000))
                        {
                            bound = new HalfLife(amount, inMonths);
                            return null;
                        }

                        return $"the duration '{value.Text}' is too long";
                    }

                    return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
                case ValueShape.Workload:
                    return CheckWorkload(spec, value, out bound);
                case ValueShape.Country:
                    var countryError = CheckText(spec, value, out bound);
                    if (countryError != null)
                    {
                        return countryError;
                    }

                    var code = (string)bound!;
                    return code.Length == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z'
                        ? null
                        : $"'{MessageText.Cut(code)}' is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as \"NL\" or \"DE\"";
                case ValueShape.Email:
                    var emailError = CheckText(spec, value, out bound);
                    if (emailError != null)
                    {
                        return emailError;
                    }

                    return IsEmail((string)bound!) ? null : $"'{MessageText.Cut((string)bound!)}' is not an e-mail address";
                case ValueShape.Tagged:
                    if (value.Kind != ValueKind.Tagged)
                    {
                        return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
                    }

                    if (Lexer.Classify(value.Tag!, 0, value.Tag!.Length) != TokenKind.Identifier)
                    {
                        return $"the framework '{value.Tag}' is not an identifier";
                    }

                    if (string.IsNullOrWhiteSpace(value.StringValue))
                    {
                        return $"the {value.Tag} code is empty";
                    }

                    // A code is free text; a value with a scheme is a link that leaves the repository in exports.
                    if (HasScheme(value.StringValue!) && UrlProblem(value.StringValue!) is string problem)
                    {
                        return problem;
                    }

                    bound = new Alignment(value.Tag!, value.StringValue!);
                    return null;
                default:
                    // Identifiers are resolved by the binder; anything else cannot name a declaration.
                    return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
            }
        }

        private static string? CheckWorkload(PropertySpec spec, ValueSyntax value, out object? bound)
        {
            bound = null;
            if (value.Kind != ValueKind.Workload)
            {
                return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
            }

            var hours = value.Text.EndsWith("h", StringComparison.Ordinal);
            var digits = value.Text.Substring(0, value.Text.Length - (hours ? 1 : 4));
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100000)
            {
                return $"the workload '{MessageText.Cut(value.Text)}' is too large";
            }

            if (amount == 0)
            {
                return $"a workload of {value.Text} is none: give the notional hours or ECTS credits a learner needs";
            }

            bound = new Workload(amount, hours ? WorkloadUnit.Hours : WorkloadUnit.Ects);
            return null;
        }

        /// <summary>One '@' with text on both sides, a dot in the domain, no white space: the form, not deliverability.</summary>
        private static bool IsEmail(string text)
        {
            var at = text.IndexOf('@');
            if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return false;
                }
            }

            var dot = text.IndexOf('.', at);
            return dot > at + 1 && dot < text.Length - 1;
        }

        /// <summary>A <c>YYYY-MM-DD</c> word (the lexer checked the shape) that names a real calendar date.</summary>
        internal static bool TryCalendarDate(string text, out DateTime date)
        {
            date = default;
            var year = Digits(text, 0, 4);
            var month = Digits(text, 5, 2);
            var day = Digits(text, 8, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateTime(year, month, day);
            return true;
        }

        private static int Digits(string text, int start, int count)
        {
            var n = 0;
            for (var i = start; i < start + count; i++)
            {
                n = (n * 10) + (text[i] - '0');
            }

            return n;
        }

        public static string Show(ValueSyntax value)
        {
            switch (value.Kind)
            {
                case ValueKind.String: return "a string";
                case ValueKind.Number: return $"the number {MessageText.Cut(value.Text)}";
                case ValueKind.Invalid: return $"'{MessageText.Cut(value.Text)}', which is no valid value";
                default: return $"'{MessageText.Cut(value.Text)}'";
            }
        }

        private static string? CheckText(PropertySpec spec, ValueSyntax value, out object? bound)
        {
            bound = null;
            if (value.Kind != ValueKind.String)
            {
                return $"'{spec.Name}' takes {Expected(spec)}, found {Show(value)}";
            }

            if (string.IsNullOrWhiteSpace(value.StringValue))
            {
                return $"'{spec.Name}' is empty: write the text or remove the line";
            }

            bound = value.StringValue;
            return null;
        }

        /// <summary>
        /// Null for an absolute http(s) URL that can be published as it is; otherwise why not. White space, quotes, angle
        /// brackets and control characters are refused although a lenient parser would take them: an export or a report
        /// puts the URL where such a character ends it or breaks out of an attribute.
        /// </summary>
        internal static string? UrlProblem(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '%' && !(i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2])))
                {
                    return $"'{MessageText.Cut(text)}' holds a '%' that is not followed by two hex digits (write %25 for a percent sign)";
                }

                var what = char.IsWhiteSpace(c) ? "white space"
                    : c == '"' || c == '\'' ? "a quote"
                    : c == '<' || c == '>' ? $"'{c}'"
                    : char.IsControl(c) ? "a control character"
                    : null;
                if (what != null)
                {
                    return $"'{MessageText.Cut(text)}' holds {what}, which a URL cannot: percent-encode it (%20 for a space)";
                }
            }

            return IsHttpUrl(text) ? null : $"'{MessageText.Cut(text)}' is not an absolute http(s) URL";
        }

        /// <summary>Whether a text starts with a URI scheme (<c>letter *(letter / digit / + - .) :</c>), as <c>javascript:</c> does.</summary>
        private static bool HasScheme(string text)
        {
            var colon = text.IndexOf(':');
            if (colon <= 0 || !IsAsciiLetter(text[0]))
            {
                return false;
            }

            for (var i = 1; i < colon; i++)
            {
                var c = text[i];
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsHttpUrl(string text) =>
            Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);

        private static bool Contains(System.Collections.Generic.IReadOnlyList<string> values, string text)
        {
            foreach (var v in values)
            {
                if (v == text)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
