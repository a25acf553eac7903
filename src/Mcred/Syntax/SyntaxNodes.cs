using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>The form of a property value.</summary>
    public enum ValueKind : byte
    {
        String,
        Identifier,
        Date,
        Duration,
        Number,
        /// <summary><c>framework "code"</c>, as <c>aligns</c> takes.</summary>
        Tagged,
        /// <summary>A word of no valid form.</summary>
        Invalid,
        /// <summary><c>5ects</c> or <c>120h</c>, as <c>workload</c> takes.</summary>
        Workload,
    }

    /// <summary>One value of a property line, with its span and (for strings) its unescaped value.</summary>
    public sealed class ValueSyntax
    {
        private readonly string _source;
        private string? _text;

        internal ValueSyntax(ValueKind kind, TextSpan span, string source, string? stringValue = null, string? tag = null, TextSpan stringSpan = default)
        {
            StringSpan = kind == ValueKind.Tagged ? stringSpan : span;
            Kind = kind;
            Span = span;
            _source = source;
            StringValue = stringValue;
            Tag = tag;
        }

        public ValueKind Kind { get; }

        /// <summary>The whole value; for a tagged value, from the tag to the closing quote.</summary>
        public TextSpan Span { get; }

        /// <summary>The source text of the value (for strings, with quotes); cut from the file on first use.</summary>
        public string Text => _text ??= Kind == ValueKind.String || Kind == ValueKind.Tagged
            ? _source.Substring(Span.Start, Span.Length)
            : WordPool.Get(_source, Span.Start, Span.Length);

        /// <summary>For strings and tagged values: the unescaped string.</summary>
        public string? StringValue { get; }

        /// <summary>For tagged values: the framework identifier.</summary>
        public string? Tag { get; }

        /// <summary>For strings and tagged values: the span of the string token alone.</summary>
        public TextSpan StringSpan { get; }
    }

    /// <summary><c>name value, value, ...</c> on one line.</summary>
    public sealed class PropertySyntax
    {
        internal PropertySyntax(string name, TextSpan nameSpan, IReadOnlyList<ValueSyntax> values)
        {
            Name = name;
            NameSpan = nameSpan;
            Values = values;
        }

        public string Name { get; }
        public TextSpan NameSpan { get; }
        public IReadOnlyList<ValueSyntax> Values { get; }
        public TextSpan Span => TextSpan.FromBounds(NameSpan.Start, Values[Values.Count - 1].Span.End);
    }

    /// <summary><c>KIND ID ["Display name"] { properties }</c>.</summary>
    public sealed class DeclarationSyntax
    {
        internal DeclarationSyntax(
            DeclarationKind kind,
            TextSpan keywordSpan,
            string? id,
            TextSpan idSpan,
            ValueSyntax? displayName,
            IReadOnlyList<PropertySyntax> properties,
            TextSpan span,
            bool hasSyntaxError,
            TextSpan openBraceSpan = default,
            TextSpan closeBraceSpan = default)
        {
            OpenBraceSpan = openBraceSpan;
            CloseBraceSpan = closeBraceSpan;
            Kind = kind;
            KeywordSpan = keywordSpan;
            Id = id;
            IdSpan = idSpan;
            DisplayName = displayName;
            Properties = properties;
            Span = span;
            HasSyntaxError = hasSyntaxError;
        }

        public DeclarationKind Kind { get; }
        public TextSpan KeywordSpan { get; }

        /// <summary>The declaration's ID; null when a syntax error came before it.</summary>
        public string? Id { get; }

        public TextSpan IdSpan { get; }
        public ValueSyntax? DisplayName { get; }
        public IReadOnlyList<PropertySyntax> Properties { get; }

        /// <summary>From the keyword to the closing brace (or to where the error left off).</summary>
        public TextSpan Span { get; }

        /// <summary>The <c>{</c> and <c>}</c> of a well-formed declaration (default when it has a syntax error).</summary>
        public TextSpan OpenBraceSpan { get; }

        public TextSpan CloseBraceSpan { get; }

        /// <summary>A declaration with a syntax error contributes only its ID to the workspace.</summary>
        public bool HasSyntaxError { get; }
    }
}
